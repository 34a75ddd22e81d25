using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Analyzers.Resources;
using ToneAnalyzers.Analyzers.Templates;
using ToneAnalyzers.CodeFixes;

namespace ToneAnalyzers.Tests;

/// <summary>
/// Fixes on .resx and templates. The test library does not run fixes on additional documents, so these drive an AdhocWorkspace by
/// hand: add the additional document, run the analyzer, build a CodeFixContext for the TextDocument and apply the operation.
/// </summary>
public class AdditionalDocumentFixTests
{
    [Fact]
    public async Task Resx_fix_replaces_the_phrase_xml_escaped()
    {
        var rules = """
            language: en
            rules:
              - id: acme/regret-it
                category: manipulative-pressure
                message: Pushes the customer.
                patterns:
                  - order now or regret it
                suggestions:
                  - order when ready & relaxed
            """;
        var resx = ResxTests.Resx("""  <data name="A"><value>Please &amp; thanks: order now or regret it!</value></data>""");
        var result = await FixAsync(new ResxAnalyzer(), "Strings.resx", resx, ("acme.tone.yaml", rules));
        Assert.Contains("<value>Please &amp; thanks: order when ready &amp; relaxed!</value>", result);
    }

    [Fact]
    public async Task Template_fix_replaces_the_phrase()
    {
        var result = await FixAsync(new TemplateAnalyzer(), "welcome.hbs", "<p>Hi {{name}}, you should be grateful.</p>");
        Assert.Equal("<p>Hi {{name}}, thank you for your patience.</p>", result);
    }

    [Fact]
    public async Task Markdown_fix_replaces_the_phrase()
    {
        var result = await FixAsync(new TemplateAnalyzer(), "help.md", "# Help\n\nYou should be grateful for `code`.\n");
        Assert.Equal("# Help\n\nThank you for your patience for `code`.\n", result);
    }

    private static async Task<string> FixAsync(DiagnosticAnalyzer analyzer, string name, string content, params (string Name, string Content)[] others)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Sample", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
        project = project.AddDocument("C.cs", "class C { }").Project;
        var document = project.AddAdditionalDocument(name, SourceText.From(content), filePath: "/src/" + name);
        project = document.Project;
        foreach (var (otherName, otherContent) in others)
        {
            project = project.AddAdditionalDocument(otherName, SourceText.From(otherContent), filePath: "/src/" + otherName).Project;
        }

        Assert.True(workspace.TryApplyChanges(project.Solution));
        project = workspace.CurrentSolution.GetProject(project.Id)!;
        var additional = project.GetAdditionalDocument(document.Id)!;

        var compilation = (await project.GetCompilationAsync())!;
        var options = new AnalyzerOptions(project.AdditionalDocuments.Select(d => (AdditionalText)new DocumentText(d)).ToImmutableArray());
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics, d => d.Id.StartsWith("TONE00", System.StringComparison.Ordinal) && d.Id != "TONE000");

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(additional, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (a, _) => actions.Add(a), CancellationToken.None);
        await new AdditionalFileCodeFixProvider().RegisterCodeFixesAsync(context);
        var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
        foreach (var operation in operations)
        {
            operation.Apply(workspace, CancellationToken.None);
        }

        var text = await workspace.CurrentSolution.GetProject(project.Id)!.GetAdditionalDocument(document.Id)!.GetTextAsync();
        return text.ToString();
    }

    private sealed class DocumentText(TextDocument document) : AdditionalText
    {
        public override string Path => document.FilePath!;

        public override SourceText GetText(CancellationToken cancellationToken = default) => document.GetTextAsync(cancellationToken).Result;
    }
}
