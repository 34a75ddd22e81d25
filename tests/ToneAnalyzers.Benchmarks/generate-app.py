#!/usr/bin/env python3
"""Generates the C# files of the analyzer-cost benchmark project (used by analyzer-cost.sh and --analyzer-cost).

    generate-app.py OUT_DIR MODE FILES [LITERALS_PER_FILE]

MODE "dense": tiny static classes made only of string constants (LITERALS_PER_FILE each, 1 in 10 a flagged phrase): the worst
case for the analyzer's share, since the compiler has almost nothing else to do.
MODE "realistic": application-like files of 100-200 lines (services with several methods, LINQ, records, switch expressions,
async code, validation), 10-20 string literals each, most of them not customer text (log messages, cache keys, format strings,
SQL, exception messages, route templates) and a few UI messages, 1 in 10 of those a flagged phrase.
"""
import os
import random
import sys

UI_OK = [
    "Your order has been shipped and should arrive within three working days.",
    "We could not find an account with that e-mail address. Please check it and try again.",
    "Thank you for your patience while we look into this.",
    "You should receive an email within a few minutes.",
    "Settings saved.", "Are you sure you want to delete this item?",
    "The file is larger than the 10 MB limit; choose a smaller file or compress it.",
    "Your subscription renews on {0}. You can cancel at any time in Billing.",
    "Invalid password: use at least 12 characters with a number and a symbol.",
]
UI_BAD = [
    "Honestly, you should be grateful that we answered at all.",
    "As anyone who has used a computer knows, this is obvious.",
    "This decision is final and entirely at our discretion.",
]


def dense(out, files, per):
    random.seed(42)
    sentences = UI_OK[:8] + [UI_BAD[0], UI_OK[8]]
    for f in range(files):
        lines = ["namespace App.Generated;", f"public static class Messages{f}", "{"]
        for i in range(per):
            s = random.choice(sentences)
            kind = i % 4
            if kind == 0:
                lines.append(f'    public const string M{i} = "{s}";')
            elif kind == 1:
                lines.append(f'    public static string F{i}(string name) => $"Hello {{name}}, {s}";')
            elif kind == 2:
                lines.append(f'    public const string V{i} = @"{s}";')
            else:
                half = len(s) // 2
                lines.append(f'    public const string C{i} = "{s[:half]}" + "{s[half:]}";')
        lines.append("}")
        with open(os.path.join(out, f"Messages{f}.cs"), "w") as fh:
            fh.write("\n".join(lines) + "\n")


ENTITIES = ["Order", "Invoice", "Customer", "Product", "Shipment", "Ticket", "Payment", "Refund", "Report", "Booking", "Account", "Review"]
FIELDS = [("Name", "string", '""'), ("Quantity", "int", "0"), ("Total", "decimal", "0m"), ("CreatedAt", "DateTime", "DateTime.UtcNow"),
          ("IsActive", "bool", "false"), ("Code", "string", '""'), ("Priority", "int", "0"), ("Notes", "string?", "null")]


def ui_message(counter):
    counter[0] += 1
    return random.choice(UI_BAD) if counter[0] % 10 == 0 else random.choice(UI_OK)


def realistic(out, files):
    random.seed(7)
    counter = [0]
    support = [
        "namespace App.Realistic;",
        "",
        "public interface ILogger { void LogInformation(string message, params object?[] args); void LogWarning(string message, params object?[] args);"
        " void LogError(System.Exception? e, string message, params object?[] args); }",
        "public interface ICache { bool TryGet<T>(string key, out T? value); void Set<T>(string key, T value, System.TimeSpan ttl); }",
        "public interface IDb { System.Threading.Tasks.Task<System.Collections.Generic.List<T>> QueryAsync<T>(string sql, object? args = null);"
        " System.Threading.Tasks.Task<int> ExecuteAsync(string sql, object? args = null); }",
        "public sealed class ValidationResult { public System.Collections.Generic.List<string> Errors { get; } = new();"
        " public bool IsValid => Errors.Count == 0; public void Add(string message) => Errors.Add(message); }",
        "[System.AttributeUsage(System.AttributeTargets.All)] public sealed class RouteAttribute : System.Attribute { public RouteAttribute(string template) { } }",
    ]
    with open(os.path.join(out, "Support.cs"), "w") as fh:
        fh.write("\n".join(support) + "\n")

    for f in range(files):
        entity = random.choice(ENTITIES)
        name = f"{entity}{f}"
        table = entity.lower() + "s"
        fields = [FIELDS[0], FIELDS[2]] + random.sample([x for x in FIELDS if x[0] not in ("Name", "Total")], random.randint(2, 4))
        L = []
        a = L.append
        a("using System;")
        a("using System.Collections.Generic;")
        a("using System.Linq;")
        a("using System.Threading.Tasks;")
        a("")
        a(f"namespace App.Realistic.{entity}s;")
        a("")
        a(f"public sealed record {name}Dto(int Id, " + ", ".join(f"{t} {n}" for n, t, _ in fields) + ");")
        a("")
        a(f"public enum {name}Status {{ Draft, Pending, Active, Suspended, Closed }}")
        a("")
        a(f"public sealed class {name}Entity")
        a("{")
        a("    public int Id { get; set; }")
        for n, t, d in fields:
            a(f"    public {t} {n} {{ get; set; }} = {d};")
        a(f"    public {name}Status Status {{ get; set; }}")
        a("    public List<string> Tags { get; } = new();")
        a("}")
        a("")
        a(f'[Route("api/{table}/{{id:int}}")]')
        a(f"public sealed class {name}Service")
        a("{")
        a(f'    private const string CacheKeyPrefix = "{table}:";')
        a(f'    private const string SelectSql = "SELECT id, name, total, status FROM {table} WHERE tenant_id = @tenant AND deleted = 0";')
        a("    private readonly ILogger _logger;")
        a("    private readonly ICache _cache;")
        a("    private readonly IDb _db;")
        a("")
        a(f"    public {name}Service(ILogger logger, ICache cache, IDb db)")
        a("    {")
        a("        _logger = logger ?? throw new ArgumentNullException(nameof(logger));")
        a("        _cache = cache;")
        a("        _db = db;")
        a("    }")
        a("")
        a(f"    public async Task<IReadOnlyList<{name}Dto>> ListAsync(int tenant, string? search, int page, int pageSize)")
        a("    {")
        a(f'        _logger.LogInformation("Listing {table} for tenant {{Tenant}} page {{Page}}", tenant, page);')
        a('        var key = $"{CacheKeyPrefix}{tenant}:{page}:{pageSize}";')
        a(f"        if (_cache.TryGet<List<{name}Dto>>(key, out var cached) && cached is not null)")
        a("        {")
        a("            return cached;")
        a("        }")
        a("")
        a(f"        var rows = await _db.QueryAsync<{name}Entity>(SelectSql, new {{ tenant }});")
        a("        var result = rows")
        a("            .Where(r => r.Status != " + f"{name}Status.Closed)")
        a("            .Where(r => string.IsNullOrEmpty(search) || r.Name.Contains(search, StringComparison.OrdinalIgnoreCase))")
        a("            .OrderByDescending(r => r.Total)")
        a("            .ThenBy(r => r.Name)")
        a("            .Skip(page * pageSize)")
        a("            .Take(pageSize)")
        a(f"            .Select(r => new {name}Dto(r.Id, " + ", ".join(f"r.{n}" for n, _, _ in fields) + "))")
        a("            .ToList();")
        a("        _cache.Set(key, result, TimeSpan.FromMinutes(5));")
        a("        return result;")
        a("    }")
        a("")
        a(f"    public ValidationResult Validate({name}Entity entity)")
        a("    {")
        a("        var result = new ValidationResult();")
        a("        if (string.IsNullOrWhiteSpace(entity.Name))")
        a("        {")
        a(f'            result.Add("{ui_message(counter)}");')
        a("        }")
        a("")
        a("        if (entity.Total < 0)")
        a("        {")
        a('            result.Add(string.Format("The total {0:C} cannot be negative.", entity.Total));')
        a("        }")
        a("")
        a('        foreach (var tag in entity.Tags.Where(t => t.Length > 32))')
        a("        {")
        a('            _logger.LogWarning("Tag {Tag} truncated for {Id}", tag, entity.Id);')
        a("        }")
        a("")
        a("        return result;")
        a("    }")
        a("")
        a(f"    public static string Describe({name}Status status) => status switch")
        a("    {")
        a(f'        {name}Status.Draft => "draft",')
        a(f'        {name}Status.Pending => "pending",')
        a(f'        {name}Status.Active => "active",')
        a(f'        {name}Status.Suspended => "{ui_message(counter)}",')
        a('        _ => "closed",')
        a("    };")
        a("")
        a(f"    public async Task<int> CloseAsync(int id, string reason)")
        a("    {")
        a("        if (id <= 0)")
        a("        {")
        a('            throw new ArgumentOutOfRangeException(nameof(id), id, "Id must be positive.");')
        a("        }")
        a("")
        a("        try")
        a("        {")
        a(f'            var changed = await _db.ExecuteAsync("UPDATE {table} SET status = @status, closed_reason = @reason WHERE id = @id", new {{ id, reason, status = (int){name}Status.Closed }});')
        a("            if (changed == 0)")
        a("            {")
        a(f'                _logger.LogWarning("{entity} {{Id}} was not found", id);')
        a("            }")
        a("")
        a("            return changed;")
        a("        }")
        a("        catch (InvalidOperationException e)")
        a("        {")
        a(f'            _logger.LogError(e, "Closing {entity.lower()} {{Id}} failed", id);')
        a("            throw;")
        a("        }")
        a("    }")
        a("")
        a(f"    public IEnumerable<string> Summaries(IEnumerable<{name}Entity> items)")
        a("    {")
        a("        var groups = items.GroupBy(i => i.Status).OrderBy(g => g.Key);")
        a("        foreach (var group in groups)")
        a("        {")
        a("            var total = group.Sum(i => i.Total);")
        a("            var count = group.Count();")
        a('            yield return $"{Describe(group.Key)}: {count} items, {total:N2} total";')
        a("        }")
        a("    }")
        a("")
        a(f"    public string Notify({name}Entity entity, bool late)")
        a("    {")
        a("        var days = (DateTime.UtcNow - DateTime.UtcNow.Date).Days;")
        a("        return late")
        a(f'            ? $"{ui_message(counter)} ({{days}})"')
        a('            : "Thanks, " + entity.Name + ". " + "We will be in touch shortly.";')
        a("    }")
        a("")
        a("    private static int Score(int priority, decimal total, bool active)")
        a("    {")
        a("        var score = priority * 10;")
        a("        score += total > 1000m ? 5 : total > 100m ? 2 : 0;")
        a("        if (!active)")
        a("        {")
        a("            score /= 2;")
        a("        }")
        a("")
        a("        for (var i = 0; i < 3; i++)")
        a("        {")
        a("            score = (score * 31 + i) % 997;")
        a("        }")
        a("")
        a("        return Math.Max(0, score);")
        a("    }")
        a("}")
        with open(os.path.join(out, f"{name}Service.cs"), "w") as fh:
            fh.write("\n".join(L) + "\n")


def main():
    out, mode, files = sys.argv[1], sys.argv[2], int(sys.argv[3])
    per = int(sys.argv[4]) if len(sys.argv) > 4 else 16
    os.makedirs(out, exist_ok=True)
    if mode == "dense":
        dense(out, files, per)
    elif mode == "realistic":
        realistic(out, files)
    else:
        sys.exit("mode must be dense or realistic")


if __name__ == "__main__":
    main()
