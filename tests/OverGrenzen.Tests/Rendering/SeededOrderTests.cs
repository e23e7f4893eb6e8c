using OverGrenzen.Theme;

namespace OverGrenzen.Tests.Rendering;

public class SeededOrderTests
{
    [Fact]
    public void The_same_casus_and_question_always_give_the_same_order() =>
        Assert.Equal(SeededOrder.For("een-plek-voor-jesse", "vorm", 4), SeededOrder.For("een-plek-voor-jesse", "vorm", 4));

    [Fact]
    public void The_order_is_a_permutation_and_never_the_source_order()
    {
        for (var count = 2; count <= 8; count++)
            foreach (var question in new[] { "a", "b", "vorm", "volgorde", "factoren", "reflectie" })
            {
                var order = SeededOrder.For("casus", question, count);
                Assert.Equal(Enumerable.Range(0, count), order.Order());
                Assert.NotEqual(Enumerable.Range(0, count), order);
            }
    }

    [Fact]
    public void Different_questions_get_different_orders() =>
        Assert.True(Enumerable.Range(0, 20).Select(i => string.Join(',', SeededOrder.For("casus", "vraag-" + i, 5))).Distinct().Count() > 5);

    /// <summary>Pinned, so that a change in the hash (say, to string.GetHashCode) is noticed: it would reorder every build.</summary>
    [Fact]
    public void The_order_does_not_depend_on_the_process() =>
        Assert.Equal([1, 2, 3, 0], SeededOrder.For("een-plek-voor-jesse", "vorm", 4));
}
