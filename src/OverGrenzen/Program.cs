using System.CommandLine;
using OverGrenzen.Cli;

var root = new RootCommand("Over grenzen: builds the training site on interprofessional collaboration from content/.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
