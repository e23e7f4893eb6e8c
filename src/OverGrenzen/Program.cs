using System.CommandLine;
using OverGrenzen.Cli;

var root = new RootCommand("Over grenzen: builds the training site on interprofessional collaboration from content/.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
};
// serve finishes the rebuild and search index under way on Ctrl+C; two seconds (the default) can be too short.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(20) });
