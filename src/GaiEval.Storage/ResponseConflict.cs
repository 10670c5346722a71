using GaiEval.Core.Results;

namespace GaiEval.Storage;

/// <summary>Why a response could not be stored, in the same words for every engine.</summary>
internal static class ResponseConflict
{
    public static InvalidOperationException StoredAlready(ResponseRecord response, Exception inner) => new(
        $"Run '{response.RunId}' already holds the response of item '{response.ItemId}', provider '{response.ProviderId}', repeat {response.Repeat}.",
        inner);

    public static InvalidOperationException UnknownItem(ResponseRecord response, Exception inner) =>
        new($"Item '{response.ItemId}' is not stored for run '{response.RunId}'.", inner);
}
