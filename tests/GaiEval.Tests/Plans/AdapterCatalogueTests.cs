namespace GaiEval.Tests.Plans;

using GaiEval.Core.Plans;

/// <summary>One entry per adapter, whose capabilities replace every special case of an adapter's name.</summary>
public sealed class AdapterCatalogueTests
{
    [Fact]
    public void Every_adapter_name_has_exactly_one_entry()
    {
        Assert.Equal(
            [AdapterNames.BuiltinRetrieval, AdapterNames.OpenAi, AdapterNames.AzureOpenAi, AdapterNames.Ollama, AdapterNames.Http, AdapterNames.Manual, AdapterNames.Answers],
            AdapterNames.All);
        Assert.All(AdapterNames.All, name => Assert.Single(AdapterCatalogue.All, a => a.Name == name));
        Assert.Equal(AdapterNames.All.Count, AdapterCatalogue.All.Count);
    }

    // name, network, called by the runner, judge, answers from a file, collected by hand, endpoint, model, http template, searches knowledge
    [Theory]
    [InlineData("builtin-retrieval", false, true, false, false, false, false, false, false, true)]
    [InlineData("openai", true, true, true, false, false, true, true, false, false)]
    [InlineData("azure-openai", true, true, true, false, false, true, true, false, false)]
    [InlineData("ollama", true, true, true, false, false, true, true, false, false)]
    [InlineData("http", true, true, true, false, false, true, false, true, false)]
    [InlineData("manual", false, false, false, false, true, false, false, false, false)]
    [InlineData("answers", false, true, false, true, false, false, false, false, false)]
    public void Each_adapter_states_what_it_is_and_needs(
        string name, bool network, bool called, bool judge, bool fromFile, bool byHand, bool endpoint, bool model, bool template, bool searches)
    {
        AdapterCapabilities capabilities = AdapterCatalogue.Of(name);

        Assert.Equal(
            new AdapterCapabilities(name)
            {
                NeedsNetwork = network,
                CalledByRunner = called,
                CanJudge = judge,
                AnswersFromFile = fromFile,
                CollectedByHand = byHand,
                NeedsEndpoint = endpoint,
                NeedsModel = model,
                NeedsHttpTemplate = template,
                SearchesKnowledge = searches,
            },
            capabilities);
    }

    [Fact]
    public void An_unknown_name_is_called_so_that_building_its_client_reports_it_and_can_do_nothing_else()
    {
        Assert.Equal(new AdapterCapabilities("gemini") { CalledByRunner = true }, AdapterCatalogue.Of("gemini"));
    }

    [Fact]
    public void The_judges_are_the_language_model_adapters()
    {
        Assert.Equal([AdapterNames.OpenAi, AdapterNames.AzureOpenAi, AdapterNames.Ollama, AdapterNames.Http], AdapterCatalogue.Judges);
    }
}
