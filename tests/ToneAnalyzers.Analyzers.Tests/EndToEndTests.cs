using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ToneAnalyzers.Tests;

/// <summary>
/// Packs the ToneAnalyzers NuGet package into a local folder feed, restores it into a sample project created in a temp directory and runs
/// <c>dotnet build</c>: the diagnostics must appear at the right file, line and column (a green build can hide a dead analyzer: CS9057,
/// AD0001 are only warnings).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class EndToEndTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tone-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [Fact]
    public void Package_reports_in_cs_resx_and_templates_fails_on_error_severity_and_stays_quiet_on_clean_code()
    {
        var repo = RepositoryRoot();
        var feed = Path.Combine(_root, "feed");
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var pack = Run(repo, "pack", Path.Combine(repo, "src", "ToneAnalyzers.Package", "ToneAnalyzers.Package.csproj"), "-o", feed, "-p:PackageVersion=" + version, "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);

        var sample = Path.Combine(_root, "sample");
        Directory.CreateDirectory(Path.Combine(sample, "Resources"));
        Directory.CreateDirectory(Path.Combine(sample, "Templates"));
        File.WriteAllText(Path.Combine(sample, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(sample, "Sample.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(_root, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ToneAnalyzers" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(sample, "Messages.cs"), "namespace Sample;\npublic static class Messages\n{\n    public const string Thanks = \"Honestly, you should be grateful.\";\n}\n");
        File.WriteAllText(Path.Combine(sample, "Resources", "Strings.resx"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"A\" xml:space=\"preserve\">\n    <value>Be thankful we even replied.</value>\n  </data>\n</root>\n");
        File.WriteAllText(Path.Combine(sample, "Templates", "welcome.hbs"), "<p>Hi {{name}},</p>\n<p>you ought to be grateful.</p>\n");

        // 1. Warnings at the right place in each kind of file.
        var build = Run(sample, "build", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("Messages.cs(4,45): warning TONE001", build.Output);
        Assert.Contains("Strings.resx(4,12): warning TONE001", build.Output);
        Assert.Contains("welcome.hbs(2,4): warning TONE001", build.Output);
        AssertNoLoadProblems(build.Output);

        // 2. .editorconfig severity error fails the build (C# files).
        File.WriteAllText(Path.Combine(sample, ".editorconfig"), "root = true\n\n[*]\ndotnet_diagnostic.TONE001.severity = error\n");
        build = Run(sample, "build", "--no-restore", "-nodeReuse:false");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Messages.cs(4,45): error TONE001", build.Output);
        File.Delete(Path.Combine(sample, ".editorconfig"));

        // 3. A .globalconfig applies to additional files too (.resx, templates have no syntax tree for .editorconfig sections).
        File.WriteAllText(Path.Combine(sample, ".globalconfig"), "is_global = true\ndotnet_diagnostic.TONE001.severity = error\n");
        build = Run(sample, "build", "--no-restore", "-nodeReuse:false");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Strings.resx(4,12): error TONE001", build.Output);
        Assert.Contains("welcome.hbs(2,4): error TONE001", build.Output);

        // 4. A clean sample builds with no TONE diagnostic, no CS9057, no AD0001.
        File.WriteAllText(Path.Combine(sample, "Messages.cs"), "namespace Sample;\npublic static class Messages\n{\n    public const string Thanks = \"We're grateful for your patience.\";\n}\n");
        File.WriteAllText(Path.Combine(sample, "Resources", "Strings.resx"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"A\"><value>You should receive an email within a few minutes.</value></data>\n</root>\n");
        File.WriteAllText(Path.Combine(sample, "Templates", "welcome.hbs"), "<p>Hi {{name}}, thank you for your patience.</p>\n");
        build = Run(sample, "build", "--no-restore", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("TONE0", build.Output);
        Assert.DoesNotContain("TONE9", build.Output);
        AssertNoLoadProblems(build.Output);
    }

    private static void AssertNoLoadProblems(string output)
    {
        Assert.DoesNotContain("CS9057", output);
        Assert.DoesNotContain("AD0001", output);
        Assert.DoesNotContain("CS8032", output);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ToneAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ToneAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }

    private static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Do not let the test host's MSBuild settings leak into the child builds.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', arguments) + " timed out:\n" + output);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
