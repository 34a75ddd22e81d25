using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToneAnalyzers.Analyzers.Configuration;

namespace ToneAnalyzers.Analyzers.CSharp;

/// <summary>Decides, from syntax alone, whether a C# string is text a customer reads.</summary>
public static class CustomerTextFilter
{
    /// <summary>Attributes whose (positional or named) arguments are shown to users.</summary>
    private static readonly string[] s_userAttributes = { "Display", "DisplayName", "Description", "Category", "Placeholder", "Prompt" };

    /// <summary>Named attribute arguments shown to users, whatever the attribute (validation messages, display names).</summary>
    private static readonly string[] s_userArguments = { "ErrorMessage", "Name", "ShortName", "Description", "Prompt", "GroupName", "Placeholder", "Title", "Label" };

    public static bool IsCustomerText(SyntaxNode node, CSharpStringScope scope)
    {
        if (scope == CSharpStringScope.None)
        {
            return false;
        }

        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AttributeArgumentSyntax argument:
                    return IsUserAttributeArgument(argument);
                case MemberDeclarationSyntax member when scope == CSharpStringScope.CustomerFacing && HasCustomerFacing(member.AttributeLists):
                    return true;
                case LocalFunctionStatementSyntax local when scope == CSharpStringScope.CustomerFacing && HasCustomerFacing(local.AttributeLists):
                    return true;
            }
        }

        return scope == CSharpStringScope.All;
    }

    private static bool IsUserAttributeArgument(AttributeArgumentSyntax argument)
    {
        var name = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon?.Name.Identifier.ValueText;
        if (name is not null && Contains(s_userArguments, name))
        {
            return true;
        }

        if (argument.Parent?.Parent is AttributeSyntax attribute)
        {
            var attributeName = SimpleName(attribute.Name);
            return name is null && Contains(s_userAttributes, attributeName);
        }

        return false;
    }

    private static bool HasCustomerFacing(SyntaxList<AttributeListSyntax> lists) => HasAttribute(lists, "CustomerFacing");

    /// <summary>Whether one of the attributes is named <paramref name="simpleName"/> (without namespace or Attribute suffix).</summary>
    internal static bool HasAttribute(SyntaxList<AttributeListSyntax> lists, string simpleName)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = SimpleName(attribute.Name);
                if (name == simpleName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The attribute's simple name without namespace or the Attribute suffix.</summary>
    private static string SimpleName(NameSyntax name)
    {
        var identifier = name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => name.ToString(),
        };
        return identifier.EndsWith("Attribute", StringComparison.Ordinal) ? identifier.Substring(0, identifier.Length - "Attribute".Length) : identifier;
    }

    private static bool Contains(string[] names, string name) => Array.IndexOf(names, name) >= 0;

    /// <summary>True when a <c>tone-ignore</c> comment is on the line of <paramref name="position"/> or on the line above.</summary>
    public static bool HasIgnoreComment(SyntaxTree tree, int position)
    {
        var text = tree.GetText();
        var line = text.Lines.GetLineFromPosition(position).LineNumber;
        var root = tree.GetRoot();
        for (var l = line; l >= 0 && l >= line - 1; l--)
        {
            var lineSpan = text.Lines[l].Span;
            var lineText = text.ToString(lineSpan);
            var index = lineText.IndexOf("tone-ignore", StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                continue;
            }

            var trivia = root.FindTrivia(lineSpan.Start + index);
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                return true;
            }
        }

        return false;
    }
}
