using GaiEval.Core.Model;
using GaiEval.Core.Results;

namespace GaiEval.Tests.Storage;

/// <summary>Full equality for records whose lists compare by reference and whose DateTimeOffsets ignore the offset.</summary>
internal static class StorageAssert
{
    public static void SameItem(GoldItem expected, GoldItem actual)
    {
        Assert.Equal(expected.MustInclude.Count, actual.MustInclude.Count);
        for (int group = 0; group < expected.MustInclude.Count; group++)
        {
            Assert.Equal(expected.MustInclude[group], actual.MustInclude[group]);
        }

        Assert.Equal(expected.MustNotInclude, actual.MustNotInclude);
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.Rubric, actual.Rubric);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(
            expected,
            actual with
            {
                MustInclude = expected.MustInclude,
                MustNotInclude = expected.MustNotInclude,
                Sources = expected.Sources,
                Rubric = expected.Rubric,
                Tags = expected.Tags,
            });
    }

    public static void SameResponse(ResponseRecord expected, ResponseRecord actual)
    {
        Assert.Equal(expected.RetrievedIds, actual.RetrievedIds);
        Assert.Equal(expected.RetrievedTexts, actual.RetrievedTexts);
        Assert.Equal(expected, actual with { RetrievedIds = expected.RetrievedIds, RetrievedTexts = expected.RetrievedTexts });
        Assert.Equal(expected.StartedAt.Offset, actual.StartedAt.Offset);
        Assert.Equal(expected.FinishedAt.Offset, actual.FinishedAt.Offset);
    }

    public static void SameRun(RunInfo expected, RunInfo actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.StartedAt.Offset, actual.StartedAt.Offset);
        Assert.Equal(expected.FinishedAt?.Offset, actual.FinishedAt?.Offset);
    }
}
