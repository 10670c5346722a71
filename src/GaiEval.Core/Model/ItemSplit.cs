namespace GaiEval.Core.Model;

/// <summary>Which part of a vendor round an item belongs to.</summary>
public enum ItemSplit
{
    Public,
    Hidden,
    Private,
}
