using Dapper;

// Every Dapper call of the store runs code Dapper.AOT generates at build time (interceptors): no IL emitted at run time, so
// the store runs under Native AOT. A call's cancellation token is the `cancellationToken` member of its parameters. Dapper.AOT
// 1.1.0's code does not compile with one when the SQL is not a constant (migrations, pragmas, the engines' own SQL), and a row
// passed as the parameters has none: those statements run without it (the inserts of rows check it first), while opening,
// the transaction and its commit around them still take it.
[module: DapperAot]
[module: TypeHandler(typeof(DateTimeOffset), typeof(GaiEval.Storage.DateTimeOffsetHandler))]
