namespace GaiEval.Core.Plans;

/// <summary>
/// How a provider is deployed (plan key <c>deployment:</c>): the facts the wards compare methods on besides measured
/// quality — security (network, data location and retention, training use, audit log), ease (setup effort),
/// customisation, and the one-off costs with the contract term to spread them over.
/// </summary>
/// <remarks>
/// Every field is optional and null when the plan does not state it; reports show such a cell as 未記入, never as 0 or
/// as false. The fixed monthly costs (licences, seats, servers, operations) and the token prices are not repeated here:
/// they stay in the provider's <see cref="Pricing"/>, whose currency the one-off costs are written in.
/// </remarks>
public sealed record DeploymentProfile
{
    public NetworkZone? Network { get; init; }

    /// <summary>Where the data sent is processed and kept.</summary>
    public DataLocation? DataLocation { get; init; }

    /// <summary>Days the vendor keeps inputs and outputs (0: not kept).</summary>
    public int? RetentionDays { get; init; }

    /// <summary>Whether the vendor may use the inputs to train its models.</summary>
    public bool? TrainingUse { get; init; }

    /// <summary>Whether single sign-on with the ward's accounts is available.</summary>
    public bool? Sso { get; init; }

    /// <summary>Whether an audit log of who sent what is available.</summary>
    public bool? AuditLog { get; init; }

    public CustomisationLevel? Customisation { get; init; }

    public SetupEffort? Setup { get; init; }

    public OneOffCosts? OneOff { get; init; }

    /// <summary>Contract term in months (> 0), over which the one-off costs are spread.</summary>
    public int? ContractMonths { get; init; }

    /// <summary>
    /// Why this provider may receive items above public although it is on the internet and may train on the inputs
    /// (plan key <c>clearance_reason</c>, e.g. a contractual opt-out); printed in the report. See <see cref="ClearancePolicy"/>.
    /// </summary>
    public string? ClearanceReason { get; init; }
}
