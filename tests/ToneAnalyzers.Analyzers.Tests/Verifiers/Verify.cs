using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ToneAnalyzers.Tests.Verifiers;

/// <summary>Test plumbing: the reference assemblies that work on this machine (see roslyn-notes.md) and short helpers.</summary>
public static class Verify
{
    /// <summary>net10.0 reference assemblies (10.0.12 is in the registry copy; Net.Net100 is not).</summary>
    public static ReferenceAssemblies Net100 { get; } = new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Analyzer<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { ReferenceAssemblies = Net100 };
        test.TestState.Sources.Add(source.Length > 0 ? source : "class Empty { }");
        return test;
    }

    public static Task Analyze<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() => Analyzer<TAnalyzer>(source).RunAsync();

    public static CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier> Fix<TAnalyzer, TFix>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new() => new()
        {
            ReferenceAssemblies = Net100,
            TestCode = source,
            FixedCode = fixedSource,
        };

    /// <summary>An .editorconfig for the test project's sources.</summary>
    public static (string, string) EditorConfig(string body) => ("/.editorconfig", "root = true\n\n[*]\n" + body + "\n");

    /// <summary>Descriptor-based expected diagnostic helper.</summary>
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);
}
