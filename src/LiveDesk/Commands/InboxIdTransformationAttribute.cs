using System;
using System.Globalization;
using System.Management.Automation;

namespace LiveDesk.Commands
{
    /// <summary>
    /// Lets a CSV cell such as "407" or " 407 " bind to -InboxId. Anything that is not a whole number in
    /// the range of a long binds as 0 and its text is kept, so that the row fails alone with
    /// LiveDesk.InvalidInboxId quoting the value as given (and the row as TargetObject), instead of a
    /// parameter-binding error that does not say what is wrong.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class InboxIdTransformationAttribute : ArgumentTransformationAttribute
    {
        // Binding and ProcessRecord run on the pipeline thread, one record after the other.
        [ThreadStatic]
        private static string? _rejected;

        /// <summary>The text of the last value that could not be read since the last call, or null.</summary>
        internal static string? TakeRejected()
        {
            var rejected = _rejected;
            _rejected = null;
            return rejected;
        }

        /// <inheritdoc />
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            _rejected = null;
            var value = inputData is PSObject pso ? pso.BaseObject : inputData;
            if (Read(value) is long id) return id;
            _rejected = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            return 0L;
        }

        private static long? Read(object? value)
        {
            // 2^63 is the double nearest long.MaxValue and does not fit: compare strictly below it.
            const double Limit = 9.2233720368547758E18;
            switch (value)
            {
                case long l: return l;
                case int i: return i;
                case short s: return s;
                case byte b: return b;
                case uint ui: return ui;
                case double d when d == Math.Floor(d) && d >= -Limit && d < Limit: return (long)d;
                case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue: return (long)m;
                case string text when long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed): return parsed;
                default: return null;
            }
        }
    }
}
