namespace GaiEval.Providers.Middleware;

using GaiEval.Providers.Tokens;
using Microsoft.Extensions.AI;

/// <summary>Adds <see cref="MeasuringChatClient"/> to a chat client pipeline.</summary>
public static class MeasuringChatClientBuilderExtensions
{
    /// <summary>Measures latency, time to first token and tokens of each call.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="tokenizerName">The tokenizer that estimates unreported tokens, e.g. <c>o200k_base</c>.</param>
    /// <exception cref="ArgumentException">The tokenizer is not supported (thrown at once, not when the pipeline is built).</exception>
    public static ChatClientBuilder UseMeasurement(this ChatClientBuilder builder, string tokenizerName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var estimator = TokenEstimator.For(tokenizerName);
        return builder.Use(inner => new MeasuringChatClient(inner, estimator));
    }
}
