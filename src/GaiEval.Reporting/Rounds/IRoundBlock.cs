namespace GaiEval.Reporting.Rounds;

/// <summary>One block of a round document (heading, paragraph, list, table), rendered as Markdown or HTML with every text escaped.</summary>
public interface IRoundBlock;
