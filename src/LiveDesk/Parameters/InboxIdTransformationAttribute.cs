using System;
using System.Management.Automation;
using LiveDesk.Contacts;

namespace LiveDesk.Parameters
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
            var id = ContactValidator.ReadInboxId(inputData is PSObject pso ? pso.BaseObject : inputData, out _rejected);
            return id ?? 0L;
        }
    }
}
