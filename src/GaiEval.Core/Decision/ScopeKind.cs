namespace GaiEval.Core.Decision;

/// <summary>What part of the gold set a criterion is measured on.</summary>
public enum ScopeKind
{
    /// <summary>Every item.</summary>
    All,

    /// <summary>The items of one 業務分野 (the item's <c>category</c>).</summary>
    Category,

    /// <summary>The items of one of the seven 用途 (the item's <c>use</c>).</summary>
    Use,
}
