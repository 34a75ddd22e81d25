using System;
using System.Collections.Generic;
using System.Globalization;

namespace ToneAnalyzers.Loading;

/// <summary>
/// Reads <see cref="RulePack"/> text in place: substrings only for the values rules keep, never for whole records or
/// fields that are split again. A cold process pays for every megabyte it touches first, and splitting the pack
/// record by record and field by field copied it twice over before any rule existed.
/// </summary>
internal sealed class RulePackReader
{
    private readonly string _pack;
    private readonly int[] _fieldStart = new int[RulePack.FieldCount];
    private readonly int[] _fieldEnd = new int[RulePack.FieldCount];
    private int[] _itemEnds = new int[64];

    private RulePackReader(string pack) => _pack = pack;

    /// <exception cref="FormatException">The pack is damaged.</exception>
    public static List<ToneRule> Read(string pack)
    {
        var reader = new RulePackReader(pack);
        var rules = new List<ToneRule>();
        var start = 0;
        while (pack.Length > 0)
        {
            var end = pack.IndexOf(RulePack.RecordSeparator, start);
            rules.Add(reader.ReadRecord(start, end < 0 ? pack.Length : end));
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return rules;
    }

    private ToneRule ReadRecord(int start, int end)
    {
        var count = 0;
        var fieldStart = start;
        while (count < RulePack.FieldCount)
        {
            var fieldEnd = _pack.IndexOf(RulePack.FieldSeparator, fieldStart, end - fieldStart);
            _fieldStart[count] = fieldStart;
            _fieldEnd[count++] = fieldEnd < 0 ? end : fieldEnd;
            if (fieldEnd < 0)
            {
                break;
            }

            fieldStart = fieldEnd + 1;
        }

        var complete = count == RulePack.FieldCount && _fieldEnd[count - 1] == end;
        if (!complete || !CategoryInfo.TryParseSlug(Field(2), out var category) || !SeverityNames.TryParse(Field(3), out var severity))
        {
            throw new FormatException("The built-in rule pack is damaged near: " + _pack.Substring(start, Math.Min(60, end - start)));
        }

        return new ToneRule(
            Field(0),
            ToneLanguages.FromCultureName(Field(1)),
            category.Category,
            severity,
            Field(4),
            Items(5),
            Items(6),
            Items(7),
            Field(8) == "auto",
            Items(9),
            Items(10),
            new RuleSource(Field(11), int.Parse(Field(12), CultureInfo.InvariantCulture)));
    }

    private string Field(int index) => _pack.Substring(_fieldStart[index], _fieldEnd[index] - _fieldStart[index]);

    private string[] Items(int index)
    {
        var start = _fieldStart[index];
        var end = _fieldEnd[index];
        if (start == end)
        {
            return Array.Empty<string>();
        }

        // Item ends first (vectorised IndexOf, not a loop over every character), then one exact-size array.
        var count = 0;
        var itemEnd = start - 1;
        while (itemEnd < end)
        {
            var next = _pack.IndexOf(RulePack.ItemSeparator, itemEnd + 1, end - itemEnd - 1);
            itemEnd = next < 0 ? end : next;
            if (count == _itemEnds.Length)
            {
                Array.Resize(ref _itemEnds, count * 2);
            }

            _itemEnds[count++] = itemEnd;
        }

        var items = new string[count];
        var itemStart = start;
        for (var k = 0; k < count; k++)
        {
            items[k] = _pack.Substring(itemStart, _itemEnds[k] - itemStart);
            itemStart = _itemEnds[k] + 1;
        }

        return items;
    }
}
