using System;
using System.IO;
using System.Linq;
using ToneAnalyzers.Scoring;
using ToneAnalyzers.Tests.Model;

namespace ToneAnalyzers.Tests;

/// <summary>The embedded model is trained on the repository's current rules and labelled lines.</summary>
public class ModelPackTests
{
    private static string ModelPath => Path.Combine(RepositoryPaths.Root, "src", "ToneAnalyzers.Core", "Scoring", "tone-model.bin");

    [Fact]
    public void The_embedded_model_is_trained_on_the_current_data()
    {
        var hash = TrainingData.Hash();
        if (RepositoryRules.Regenerate)
        {
            var models = ToneLanguages.Each.Select(ModelTrainer.Train).ToList();
            using var file = File.Create(ModelPath);
            ModelPack.Write(file, hash, models);
            return;
        }

        Assert.True(ModelPack.BuiltIn.HasModels, "no model is embedded; run TONE_REGENERATE=1 dotnet test tests/ToneAnalyzers.Core.Tests");
        Assert.True(
            hash == ModelPack.BuiltIn.TrainingHash,
            "rules/, tests/eval or tests/training changed since the model was trained; run TONE_REGENERATE=1 dotnet test tests/ToneAnalyzers.Core.Tests (then rebuild)");
    }
}
