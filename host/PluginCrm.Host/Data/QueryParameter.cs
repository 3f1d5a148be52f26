using System.Linq.Expressions;

namespace PluginCrm.Host.Data;

/// <summary>
/// A value for an expression tree built by hand that EF Core sends as a parameter, as it does a captured variable. Written
/// into the tree as a constant, every value made a query of its own, compiled anew and kept in EF Core's cache.
/// </summary>
public static class QueryParameter
{
    public static MemberExpression Of<T>(T value) => Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    private sealed record Holder<T>(T Value);
}
