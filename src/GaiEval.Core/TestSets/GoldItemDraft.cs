namespace GaiEval.Core.TestSets;

/// <summary>
/// A gold item as read from one record of a file, before validation: every field may be missing, and values are raw
/// (enums still text). Both readers fill it; <see cref="GoldItemValidator"/> turns it into a GoldItem.
/// </summary>
internal sealed class GoldItemDraft(int line)
{
    /// <summary>The physical line where the record starts (1-based).</summary>
    public int Line { get; } = line;

    /// <summary>Fields present but of the wrong type; already reported, so not reported again as missing.</summary>
    public HashSet<string> InvalidFields { get; } = new(StringComparer.Ordinal);

    public string? Id { get; set; }

    public string? Category { get; set; }

    public string? Use { get; set; }

    public string? Question { get; set; }

    public string? Context { get; set; }

    public string? Reference { get; set; }

    public List<List<string>>? MustInclude { get; set; }

    public List<string>? MustNotInclude { get; set; }

    public string? Expect { get; set; }

    public string? Sensitivity { get; set; }

    public double? HumanMinutes { get; set; }

    public double? ReviewMinutes { get; set; }

    public List<string>? Sources { get; set; }

    public List<string>? Rubric { get; set; }

    public string? Split { get; set; }

    public List<string>? Tags { get; set; }

    public string? Risk { get; set; }

    public string? Perspective { get; set; }

    public string? Pair { get; set; }

    /// <summary>Sets a text field by its file name; false for a name that is not a text field.</summary>
    public bool SetText(string field, string value)
    {
        switch (field)
        {
            case GoldItemFields.Id: Id = value; break;
            case GoldItemFields.Category: Category = value; break;
            case GoldItemFields.Use: Use = value; break;
            case GoldItemFields.Question: Question = value; break;
            case GoldItemFields.Context: Context = value; break;
            case GoldItemFields.Reference: Reference = value; break;
            case GoldItemFields.Expect: Expect = value; break;
            case GoldItemFields.Sensitivity: Sensitivity = value; break;
            case GoldItemFields.Split: Split = value; break;
            case GoldItemFields.Risk: Risk = value; break;
            case GoldItemFields.Perspective: Perspective = value; break;
            case GoldItemFields.Pair: Pair = value; break;
            default: return false;
        }

        return true;
    }

    /// <summary>Sets a list-of-text field by its file name; false for a name that is not one.</summary>
    public bool SetList(string field, List<string> values)
    {
        switch (field)
        {
            case GoldItemFields.MustNotInclude: MustNotInclude = values; break;
            case GoldItemFields.Sources: Sources = values; break;
            case GoldItemFields.Rubric: Rubric = values; break;
            case GoldItemFields.Tags: Tags = values; break;
            default: return false;
        }

        return true;
    }

    /// <summary>Sets a number field by its file name; false for a name that is not one.</summary>
    public bool SetNumber(string field, double value)
    {
        switch (field)
        {
            case GoldItemFields.HumanMinutes: HumanMinutes = value; break;
            case GoldItemFields.ReviewMinutes: ReviewMinutes = value; break;
            default: return false;
        }

        return true;
    }
}
