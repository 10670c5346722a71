using Dapper;

// Every Dapper call of the store runs code generated at build time (interceptors): no IL emitted at run time, so the store
// runs under Native AOT, and without the JIT work of Dapper's emitted readers.
[module: DapperAot]
[module: TypeHandler(typeof(DateTimeOffset), typeof(GaiEval.Storage.DateTimeOffsetHandler))]
