using System.Data.Common;
using System.Globalization;
using Dapper;
using GaiEval.Core.Kpi.Import;
using GaiEval.Storage.Copy;

namespace GaiEval.Storage;

public abstract partial class DapperResultStore<TConnection, TTransaction> : IRunRowStore
{
    private static readonly string[] KpiRecordKeys = ["import_id", "row_order"];

    public Task<StoredRunRows?> ReadRunRowsAsync(
        string runId, IReadOnlyList<(KpiKind Kind, string ContentHash)> kpiImports, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(kpiImports);
        return ReadAsync(
            async connection =>
            {
                DbTransaction snapshot = await BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
                await using (snapshot.ConfigureAwait(false))
                {
                    var tables = new List<StoredTableRows>();
                    foreach (RunRowTable table in RunRowTable.All)
                    {
                        tables.Add(await ReadTableAsync(
                            connection, snapshot, table.Table, "run_id", runId, table.OrderBy, table.GeneratedKey is null ? [] : [table.GeneratedKey],
                            cancellationToken).ConfigureAwait(false));
                    }

                    if (tables[0].Rows.Count == 0)
                    {
                        return null;
                    }

                    var imports = new List<StoredKpiImportRows>();
                    foreach ((KpiKind kind, string hash) in kpiImports.Distinct())
                    {
                        if (await ReadKpiImportAsync(connection, snapshot, EnumText<KpiKind>.Format(kind), hash, cancellationToken).ConfigureAwait(false) is { } import)
                        {
                            imports.Add(import);
                        }
                    }

                    return new StoredRunRows(runId, tables, imports);
                }
            },
            cancellationToken);
    }

    public async Task<bool> InsertRunRowsAsync(StoredRunRows rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        bool inserted = false;
        await WriteAsync(
            async (connection, transaction) =>
            {
                inserted = false;
                long stored = await connection.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM runs WHERE run_id = @RunId", new { rows.RunId, cancellationToken }, transaction).ConfigureAwait(false);
                if (stored > 0)
                {
                    return;
                }

                foreach (StoredKpiImportRows import in rows.KpiImports)
                {
                    await InsertKpiImportAsync(connection, transaction, import, cancellationToken).ConfigureAwait(false);
                }

                foreach (StoredTableRows table in rows.RunTables)
                {
                    await InsertRowsAsync(connection, transaction, table, null, cancellationToken).ConfigureAwait(false);
                }

                inserted = true;
            },
            cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    /// <summary>A read-only transaction in which every table is read as of one moment.</summary>
    private protected abstract Task<DbTransaction> BeginSnapshotAsync(TConnection connection, CancellationToken cancellationToken);

    private async Task<StoredKpiImportRows?> ReadKpiImportAsync(
        TConnection connection, DbTransaction snapshot, string kind, string hash, CancellationToken cancellationToken)
    {
        long? importId = await connection.ExecuteScalarAsync<long?>(
            "SELECT import_id FROM kpi_imports WHERE kind = @Kind AND content_hash = @ContentHash",
            new { Kind = kind, ContentHash = hash, cancellationToken },
            snapshot).ConfigureAwait(false);
        if (importId is not { } id)
        {
            return null;
        }

        StoredTableRows import = await ReadTableAsync(
            connection, snapshot, "kpi_imports", "import_id", id, "import_id", ["import_id"], cancellationToken).ConfigureAwait(false);
        string table = RunRowTable.KpiRecordsTable(kind);
        string order = table == "kpi_usage_events" ? UsageEventOrder : "line";
        StoredTableRows records = await ReadTableAsync(
            connection, snapshot, table, "import_id", id, order, KpiRecordKeys, cancellationToken).ConfigureAwait(false);
        return new StoredKpiImportRows(kind, hash, import, records);
    }

    /// <summary>Stores the import under a new import_id, unless an import of the same kind and content is already stored.</summary>
    private async Task InsertKpiImportAsync(TConnection connection, TTransaction transaction, StoredKpiImportRows import, CancellationToken cancellationToken)
    {
        long? existing = await connection.ExecuteScalarAsync<long?>(
            "SELECT import_id FROM kpi_imports WHERE kind = @Kind AND content_hash = @ContentHash",
            new { import.Kind, import.ContentHash, cancellationToken },
            transaction).ConfigureAwait(false);
        if (existing is not null)
        {
            return;
        }

        DbCommand insert = Insert(connection, transaction, import.Import, [import.Import.Rows.Single()], null, " RETURNING import_id");
        long importId;
        await using (insert.ConfigureAwait(false))
        {
            importId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await InsertRowsAsync(connection, transaction, import.Records, importId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rows per INSERT of a copy: one on SQLite (a round trip costs nothing there, and binding many named parameters is slow);
    /// more on a server, kept well under its parameter limit.
    /// </summary>
    private protected virtual int CopyBatchRows => 1;

    private async Task InsertRowsAsync(
        TConnection connection, TTransaction transaction, StoredTableRows table, long? importId, CancellationToken cancellationToken)
    {
        foreach (object?[][] batch in table.Rows.Chunk(CopyBatchRows))
        {
            DbCommand insert = Insert(connection, transaction, table, batch, importId, string.Empty);
            await using (insert.ConfigureAwait(false))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// One INSERT of the rows, in their order, columns quoted ("user" is reserved in PostgreSQL), with import_id first when given.
    /// </summary>
    /// <remarks>
    /// Plain ADO.NET, as is <see cref="ReadTableAsync"/>: the columns are the table's, known only at run time, which
    /// Dapper.AOT's build-time code cannot bind (it binds the members of a type).
    /// </remarks>
    private static DbCommand Insert(
        TConnection connection, TTransaction transaction, StoredTableRows table, IReadOnlyList<object?[]> rows, long? importId, string suffix)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        IEnumerable<string> columns = table.Columns.Select(column => $"\"{column}\"");
        if (importId is { } id)
        {
            columns = columns.Prepend("\"import_id\"");
            AddParameter(command, "import", id);
        }

        var values = new List<string>(rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            var names = new List<string>(table.Columns.Count + 1);
            if (importId is not null)
            {
                names.Add("@import");
            }

            for (int c = 0; c < table.Columns.Count; c++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"p{r}_{c}");
                AddParameter(command, name, rows[r][c]);
                names.Add("@" + name);
            }

            values.Add($"({string.Join(", ", names)})");
        }

        command.CommandText = $"INSERT INTO {table.Table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}{suffix}";
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Every column of the rows of <paramref name="table"/> whose <paramref name="keyColumn"/> is <paramref name="key"/>.</summary>
    private static async Task<StoredTableRows> ReadTableAsync(
        TConnection connection, DbTransaction snapshot, string table, string keyColumn, object key, string orderBy, string[] leaveOut,
        CancellationToken cancellationToken)
    {
        DbCommand select = connection.CreateCommand();
        await using var disposeSelect = select.ConfigureAwait(false);
        select.Transaction = snapshot;
        select.CommandText = $"SELECT * FROM {table} WHERE {keyColumn} = @key ORDER BY {orderBy}";
        AddParameter(select, "key", key);
        DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            int[] kept = [.. Enumerable.Range(0, reader.FieldCount).Where(i => !leaveOut.Contains(reader.GetName(i), StringComparer.Ordinal))];
            var rows = new List<object?[]>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add([.. kept.Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
            }

            return new StoredTableRows(table, [.. kept.Select(reader.GetName)], rows);
        }
    }
}
