namespace GaiEval.Storage.Migrations;

/// <summary>One embedded schema script; applying it brings a database to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Script);
