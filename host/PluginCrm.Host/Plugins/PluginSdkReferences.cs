using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// What a plugin's assembly uses of the SDK that this host's SDK does not have, read from its metadata without loading it:
/// every type it references from <c>PluginCrm.Sdk</c> or <c>PluginCrm.Sdk.Data</c>, and every member of those (also through
/// a generic instantiation such as <c>ISettings&lt;MySettings&gt;</c>), looked up in the SDK assemblies this host runs by
/// full type name, then member name, parameter count and generic arity. A manifest's <c>sdk</c> range says what the
/// author believed; this says what the assembly needs, so a surface that changed under an unchanged version shows.
/// </summary>
public static class PluginSdkReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<string, Assembly> Sdk =
        new[] { typeof(ICrmPlugin).Assembly, typeof(IPluginDatabase).Assembly }.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);

    /// <summary>
    /// The missing types and members, sorted, as (<c>PluginCrm.Sdk.Feedback.ComplaintRecord</c>, <c>type</c>) or
    /// (<c>PluginCrm.Sdk.Plugins.IPluginBuilder.AddRecordType&lt;T&gt;(string)</c>, <c>method</c>); the members of a
    /// missing type are not listed again. Throws <see cref="BadImageFormatException"/> for a file that is not a .NET assembly.
    /// </summary>
    public static IReadOnlyList<(string Name, string Kind)> Missing(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        if (!pe.HasMetadata)
            throw new BadImageFormatException($"'{Path.GetFileName(assemblyPath)}' has no .NET metadata");
        var reader = pe.GetMetadataReader();

        var missing = new SortedSet<(string Name, string Kind)>();
        var missingTypes = new HashSet<TypeReferenceHandle>();
        foreach (var handle in reader.TypeReferences)
        {
            if (SdkType(reader, handle) is { } type && Resolve(type) is null)
            {
                missing.Add((type.Display, "type"));
                missingTypes.Add(handle);
            }
        }
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (DefinitionOf(reader, member.Parent) is not { } parent || missingTypes.Contains(parent)
                || SdkType(reader, parent) is not { } type || Resolve(type) is not { } resolved)
                continue;
            var name = reader.GetString(member.Name);
            if (member.GetKind() == MemberReferenceKind.Field)
            {
                if (!Hierarchy(resolved).Any(t => t.GetField(name, Declared) is { IsPublic: true } or { IsFamily: true } or { IsFamilyOrAssembly: true }))
                    missing.Add(($"{type.Display}.{name}", "field"));
                continue;
            }
            var arity = MethodArity(reader, member);
            var signature = member.DecodeMethodSignature(Names.Instance, (type.Arity, arity));
            if (!HasMethod(resolved, name, signature.ParameterTypes.Length, arity))
                missing.Add(Describe(type.Display, name, arity, signature.ParameterTypes));
        }
        return [.. missing];
    }

    private sealed record SdkTypeName(string Assembly, string ReflectionName, string Display, int Arity);

    // A type reference into one of the SDK assemblies (nested ones through their outer type), or null.
    private static SdkTypeName? SdkType(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        var (display, arity) = Names.WithoutArity(name);
        display += Names.Parameters(arity);
        switch (reference.ResolutionScope.Kind)
        {
            case HandleKind.AssemblyReference:
                var assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name);
                if (!Sdk.ContainsKey(assembly))
                    return null;
                var ns = reader.GetString(reference.Namespace);
                var prefix = ns.Length == 0 ? "" : ns + ".";
                return new SdkTypeName(assembly, prefix + name, prefix + display, arity);
            case HandleKind.TypeReference when SdkType(reader, (TypeReferenceHandle)reference.ResolutionScope) is { } outer:
                return new SdkTypeName(outer.Assembly, $"{outer.ReflectionName}+{name}", $"{outer.Display}.{display}", arity);
            default:
                return null;
        }
    }

    // A member's parent as a type reference: itself, or the generic type of an instantiation (ISettings<MySettings>).
    private static TypeReferenceHandle? DefinitionOf(MetadataReader reader, EntityHandle parent)
    {
        if (parent.Kind == HandleKind.TypeReference)
            return (TypeReferenceHandle)parent;
        if (parent.Kind != HandleKind.TypeSpecification)
            return null;
        var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            return null;
        blob.ReadSignatureTypeCode(); // class or value type
        var definition = blob.ReadTypeHandle();
        return definition.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)definition : null;
    }

    private static Type? Resolve(SdkTypeName type) =>
        Sdk[type.Assembly].GetType(type.ReflectionName, throwOnError: false) is { IsVisible: true } found ? found : null;

    private static int MethodArity(MetadataReader reader, MemberReference member)
    {
        var blob = reader.GetBlobReader(member.Signature);
        return blob.ReadSignatureHeader().IsGeneric ? blob.ReadCompressedInteger() : 0;
    }

    private static bool HasMethod(Type type, string name, int parameters, int arity) => name == ".ctor"
        ? type.GetConstructors(Declared).Any(c => Reachable(c) && c.GetParameters().Length == parameters)
        : Hierarchy(type).SelectMany(t => t.GetMethods(Declared)).Any(m =>
            m.Name == name && Reachable(m) && m.GetParameters().Length == parameters && (m.IsGenericMethodDefinition ? m.GetGenericArguments().Length : 0) == arity);

    private static bool Reachable(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    // The compiler names the declaring type of a member; an interface's members may come from the interfaces it extends.
    private static IEnumerable<Type> Hierarchy(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            yield return t;
        foreach (var extended in type.GetInterfaces())
            yield return extended;
    }

    private static (string Name, string Kind) Describe(string type, string name, int arity, ImmutableArray<string> parameters) => name switch
    {
        ".ctor" => ($"{type}({string.Join(", ", parameters)})", "constructor"),
        _ when name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal) => ($"{type}.{name[4..]}", "property"),
        _ => ($"{type}.{name}{Names.Parameters(arity)}({string.Join(", ", parameters)})", "method"),
    };

    // Signature types as C# shows them, without namespaces: string, Func<T, long>, long?.
    private sealed class Names : ISignatureTypeProvider<string, (int TypeArity, int MethodArity)>
    {
        public static readonly Names Instance = new();

        public static (string Name, int Arity) WithoutArity(string name) =>
            name.IndexOf('`') is var tick and >= 0 ? (name[..tick], int.Parse(name[(tick + 1)..])) : (name, 0);

        public static string Parameters(int arity) => arity switch
        {
            0 => "",
            1 => "<T>",
            _ => $"<{string.Join(", ", Enumerable.Range(1, arity).Select(i => $"T{i}"))}>",
        };

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "bool", PrimitiveTypeCode.Char => "char", PrimitiveTypeCode.SByte => "sbyte",
            PrimitiveTypeCode.Byte => "byte", PrimitiveTypeCode.Int16 => "short", PrimitiveTypeCode.UInt16 => "ushort",
            PrimitiveTypeCode.Int32 => "int", PrimitiveTypeCode.UInt32 => "uint", PrimitiveTypeCode.Int64 => "long",
            PrimitiveTypeCode.UInt64 => "ulong", PrimitiveTypeCode.Single => "float", PrimitiveTypeCode.Double => "double",
            PrimitiveTypeCode.String => "string", PrimitiveTypeCode.Object => "object", PrimitiveTypeCode.Void => "void",
            PrimitiveTypeCode.IntPtr => "nint", PrimitiveTypeCode.UIntPtr => "nuint", _ => typeCode.ToString(),
        };

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            WithoutArity(reader.GetString(reader.GetTypeDefinition(handle).Name)).Name;

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            WithoutArity(reader.GetString(reader.GetTypeReference(handle).Name)).Name;

        public string GetTypeFromSpecification(MetadataReader reader, (int TypeArity, int MethodArity) genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType == "Nullable" ? $"{typeArguments[0]}?" : $"{genericType}<{string.Join(", ", typeArguments)}>";

        public string GetGenericTypeParameter((int TypeArity, int MethodArity) genericContext, int index) => Parameter(index, genericContext.TypeArity);

        public string GetGenericMethodParameter((int TypeArity, int MethodArity) genericContext, int index) => Parameter(index, genericContext.MethodArity);

        public string GetSZArrayType(string elementType) => $"{elementType}[]";

        public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";

        public string GetByReferenceType(string elementType) => $"ref {elementType}";

        public string GetPointerType(string elementType) => $"{elementType}*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "delegate*";

        private static string Parameter(int index, int arity) => arity == 1 ? "T" : $"T{index + 1}";
    }
}
