using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace FamilySafeguarding.UnitTests.Web.Architecture;

/// <summary>
/// Reads a controller action's IL for the application calls it makes: the asynchronous instance methods of application
/// types it calls, followed through its state machine, its lambdas and local functions, and the controller's own private
/// helpers it calls. Enough IL reading for that and no more: each instruction's operand is skipped by its size, and a
/// method token is resolved in the method's module.
/// </summary>
internal static class ApplicationCalls
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The application methods <paramref name="action"/> calls, however deep in its own code.</summary>
    public static IReadOnlySet<MethodInfo> Of(MethodInfo action, Assembly application)
    {
        ArgumentNullException.ThrowIfNull(action);
        var found = new HashSet<MethodInfo>();
        var seen = new HashSet<MethodBase>();
        var owner = action.DeclaringType!;
        Walk(action, owner, application, found, seen);
        return found;
    }

    private static void Walk(MethodBase method, Type owner, Assembly application, HashSet<MethodInfo> found, HashSet<MethodBase> seen)
    {
        if (!seen.Add(method))
        {
            return;
        }

        if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } machine)
        {
            Walk(machine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!, owner, application, found, seen);
        }

        foreach (var called in CalledMethods(method))
        {
            if (called.DeclaringType is not { } type)
            {
                continue;
            }

            if (type.Assembly == application && called is MethodInfo m && !m.IsStatic && typeof(Task).IsAssignableFrom(m.ReturnType))
            {
                found.Add(m);
            }
            else if (IsOwnCode(type, owner))
            {
                Walk(called, owner, application, found, seen);
            }
        }
    }

    /// <summary>The controller itself and the types the compiler made for it (state machines, closures, lambdas).</summary>
    private static bool IsOwnCode(Type type, Type owner)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t == owner)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<MethodBase> CalledMethods(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var op = OpCodesByValue[value];
            if (op.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, i);
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(token, typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    // A member of a generic type this reader cannot instantiate: not an application call.
                }

                if (called is not null)
                {
                    yield return called;
                }
            }

            i += OperandSize(op, il, i);
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
