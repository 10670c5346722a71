namespace GaiEval.Gate;

/// <summary>The configured plan could not be run, so there is nothing to judge.</summary>
public sealed class GateSetupException(string message) : Exception(message);
