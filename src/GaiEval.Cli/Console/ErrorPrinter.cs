namespace GaiEval.Cli.Console;

using GaiEval.Core.Inputs;

/// <summary>Prints input errors the way compilers do, one per line, with a count.</summary>
internal static class ErrorPrinter
{
    public static int BadInput(InputException exception)
    {
        foreach (InputError error in exception.Errors)
        {
            System.Console.Error.WriteLine(error.ToString());
        }

        System.Console.Error.WriteLine($"入力に {exception.Errors.Count} 件の誤りがあります。何も書き込んでいません。");
        return ExitCodes.BadInput;
    }
}
