namespace GaiEval.Core.Running;

using System.Diagnostics;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using Microsoft.Extensions.AI;

/// <summary>Makes one call (an item sent to a provider once) and turns its outcome, good or bad, into a response record.</summary>
internal sealed class CallRecorder(string runId, ProviderProfile profile, IChatClient client, TimeProvider time)
{
    private readonly ChatOptions options = new()
    {
        ModelId = profile.Model,
        Temperature = (float?)profile.Temperature,
        MaxOutputTokens = profile.MaxOutputTokens,
    };

    public async Task<ResponseRecord> CallAsync(GoldItem item, int repeat, CancellationToken cancellationToken)
    {
        DateTimeOffset started = time.GetUtcNow();
        if (!ClearancePolicy.MayReceive(profile, item.Sensitivity))
        {
            return Record(item, repeat, started, ResponseStatus.Withheld) with
            {
                Error = $"機密区分 {Name(item.Sensitivity)} の項目は、送信可能な区分が {Name(ClearancePolicy.Ceiling(profile))} までの提供先には送信していません。",
            };
        }

        if (SplitPolicy.WhyWithheld(profile, item) is { } withheld)
        {
            return Record(item, repeat, started, ResponseStatus.Withheld) with { Error = withheld };
        }

        long timestamp = Stopwatch.GetTimestamp();
        CallContext.Current = new ResponseKey(item.Id, profile.Id, repeat);
        try
        {
            ChatResponse response = await client
                .GetResponseAsync(ItemPrompt.Build(item, profile.SystemPrompt), options.Clone(), cancellationToken)
                .ConfigureAwait(false);
            return FromResponse(item, repeat, started, response, Stopwatch.GetElapsedTime(timestamp));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ProviderCallException e)
        {
            return Failed(item, repeat, started, timestamp, e.TimedOut ? ResponseStatus.Timeout : ResponseStatus.Error, e.Message, e.Attempts);
        }
        catch (Exception e)
        {
            return Failed(item, repeat, started, timestamp, ResponseStatus.Error, $"{e.GetType().Name}: {e.Message}", attempts: 1);
        }
    }

    private ResponseRecord FromResponse(GoldItem item, int repeat, DateTimeOffset started, ChatResponse response, TimeSpan total)
    {
        string? estimatedWith = ResponsePropertyReader.String(response, ResponseProperties.EstimatedWith);
        TokenSource source = estimatedWith is not null ? TokenSource.Estimated
            : response.Usage is null ? TokenSource.None
            : TokenSource.Reported;
        bool cached = ResponsePropertyReader.Bool(response, ResponseProperties.Cached);
        IReadOnlyList<string> retrievedIds = ResponsePropertyReader.Strings(response, ResponseProperties.RetrievedIds);
        bool replayed = ResponsePropertyReader.Bool(response, ResponseProperties.Replayed);
        return Record(item, repeat, started, ResponseStatus.Ok) with
        {
            Text = response.Text,
            Attempts = cached ? 0 : (int)(ResponsePropertyReader.Double(response, ResponseProperties.Attempts) ?? 1),
            LatencyMs = ResponsePropertyReader.Double(response, ResponseProperties.LatencyMs) ?? (replayed ? null : total.TotalMilliseconds),
            TtftMs = ResponsePropertyReader.Double(response, ResponseProperties.TimeToFirstTokenMs),
            TotalMs = replayed ? ResponsePropertyReader.Double(response, ResponseProperties.LatencyMs) : total.TotalMilliseconds,
            InputTokens = response.Usage?.InputTokenCount,
            OutputTokens = response.Usage?.OutputTokenCount,
            TokenSource = source,
            Tokenizer = estimatedWith,
            Model = response.ModelId ?? profile.Model,
            RetrievedIds = retrievedIds,
            RetrievedTexts = RetrievedTexts(response, retrievedIds),
            Cached = cached,
        };
    }

    /// <summary>The passage texts, or null when they are missing (e.g. a cached response from before texts were kept).</summary>
    private static IReadOnlyList<string>? RetrievedTexts(ChatResponse response, IReadOnlyList<string> retrievedIds)
    {
        IReadOnlyList<string> texts = ResponsePropertyReader.Strings(response, ResponseProperties.RetrievedTexts);
        return texts.Count == retrievedIds.Count ? texts : null;
    }

    private ResponseRecord Failed(
        GoldItem item, int repeat, DateTimeOffset started, long timestamp, ResponseStatus status, string error, int attempts) =>
        Record(item, repeat, started, status) with
        {
            Error = error,
            Attempts = attempts,
            TotalMs = Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds,
        };

    private ResponseRecord Record(GoldItem item, int repeat, DateTimeOffset started, ResponseStatus status) => new()
    {
        RunId = runId,
        ItemId = item.Id,
        ProviderId = profile.Id,
        Repeat = repeat,
        Status = status,
        StartedAt = started,
        FinishedAt = time.GetUtcNow(),
    };

    private static string Name(Sensitivity sensitivity) => SensitivityNames.Name(sensitivity);
}
