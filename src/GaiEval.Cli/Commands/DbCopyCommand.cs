namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Storage;
using GaiEval.Storage.Location;

/// <summary>
/// <c>gaieval db copy --from LOCATION --to LOCATION [RUN_ID...]</c>: copies stored runs (all, or the named ones) with their
/// rows as stored, each in one transaction of the destination; a run already there is skipped, or refused when it differs.
/// </summary>
internal static class DbCopyCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from")
        {
            Description = $"コピー元の結果データベース（--db と同じ書き方）。省略すると環境変数 GAIEVAL_DB、それもなければ {CommonOptions.DefaultDatabase}",
            HelpName = "DB",
        };
        var to = new Option<string>("--to")
        {
            Description = "コピー先の結果データベース（--db と同じ書き方）。SQLite のファイルがなければ作り、PostgreSQL ではテーブルを作ります",
            HelpName = "DB",
            Required = true,
        };
        var runIds = new Argument<string[]>("RUN_ID")
        {
            Description = "コピーする実行ID（省略するとすべての実行。gaieval runs で一覧）",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(
            "copy",
            "保存済みの実行を、保存されたままの内容（項目・回答・採点・人の採点と、実行が使う KPI の取り込み）で別の結果データベースへコピーします。" +
            "1つの実行は1つのトランザクションで書き込みます。コピー先にすでにある実行は飛ばし、内容が異なるときはコピーしません。")
        {
            from,
            to,
            runIds,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                string? fromText = parse.GetValue(from);
                StoreLocation source = fromText is null ? StoreOpener.Locate(null) : StoreLocation.Parse(fromText, "--from");
                StoreLocation destination = StoreLocation.Parse(parse.GetValue(to)!, "--to");
                if (SameStore(source, destination))
                {
                    throw new InputException(destination.Display, 0, "--to", "コピー元とコピー先が同じデータベースです。別のデータベースを指定してください");
                }

                await using IEvalStore sourceStore = await OpenAsync(source, create: false, "--from", ct);
                IReadOnlyList<string> runs = await RunsToCopyAsync(sourceStore, source, parse.GetValue(runIds) ?? [], ct);
                await using IEvalStore destinationStore = await OpenAsync(destination, create: true, "--to", ct);
                var copier = new RunCopier(sourceStore, destinationStore);
                var outcomes = new List<RunCopyOutcome>();
                for (int i = 0; i < runs.Count; i++)
                {
                    RunCopyOutcome outcome = await copier.CopyAsync(runs[i], ct);
                    outcomes.Add(outcome);
                    string line = $"[{i + 1}/{runs.Count}] {outcome.Message}";
                    if (outcome.Kind == RunCopyOutcomeKind.Refused)
                    {
                        System.Console.Error.WriteLine(line);
                    }
                    else
                    {
                        System.Console.WriteLine(line);
                    }
                }

                System.Console.WriteLine(
                    $"コピー {outcomes.Count(o => o.Kind == RunCopyOutcomeKind.Copied)} 件、" +
                    $"すでにあったため飛ばした {outcomes.Count(o => o.Kind == RunCopyOutcomeKind.AlreadyThere)} 件、" +
                    $"コピーしなかった {outcomes.Count(o => o.Kind == RunCopyOutcomeKind.Refused)} 件（{source.Display} → {destination.Display}）");
                return outcomes.Any(o => o.Kind == RunCopyOutcomeKind.Refused) ? ExitCodes.BadInput : ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    /// <summary>The named runs (each must be stored), else every stored run, oldest first.</summary>
    /// <exception cref="InputException">A named run is not stored at the source (every such name).</exception>
    private static async Task<IReadOnlyList<string>> RunsToCopyAsync(IEvalStore store, StoreLocation source, string[] named, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> stored = [.. (await store.ListRunsAsync(cancellationToken)).Select(run => run.RunId).Reverse()];
        if (named.Length == 0)
        {
            return stored;
        }

        InputError[] missing =
        [
            .. named.Where(id => !stored.Contains(id, StringComparer.Ordinal))
                .Select(id => new InputError(source.Display, 0, "RUN_ID", $"実行 {id} はコピー元にありません（gaieval runs --db でコピー元の実行を一覧できます）")),
        ];
        return missing.Length > 0 ? throw new InputException(missing) : [.. named.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Opens the store; bad input names the option that gave the location.</summary>
    private static async Task<IEvalStore> OpenAsync(StoreLocation location, bool create, string option, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreOpener.OpenAsync(location, create, cancellationToken);
        }
        catch (InputException e)
        {
            throw new InputException([.. e.Errors.Select(error => error with { Field = option })]);
        }
    }

    private static bool SameStore(StoreLocation a, StoreLocation b) =>
        a.Engine == b.Engine && (a.Engine == StoreEngine.Sqlite
            ? string.Equals(Path.GetFullPath(a.Target), Path.GetFullPath(b.Target), StringComparison.Ordinal)
            : string.Equals(a.WithoutPassword, b.WithoutPassword, StringComparison.Ordinal));
}
