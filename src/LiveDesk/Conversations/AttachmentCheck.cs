using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Conversations
{
    /// <summary>
    /// Checks that a message LiveDesk answered for carries the files it was sent with. A malformed upload is
    /// answered with success and a message without them, so success alone proves nothing: the answer must list as
    /// many attachments as were sent, and where it gives their sizes, the same sizes.
    /// </summary>
    internal static class AttachmentCheck
    {
        /// <summary>Throws <see cref="ErrorIds.InvalidResponse"/> when <paramref name="message"/> lacks a file of <paramref name="request"/>.</summary>
        public static void Verify(MessageRequest request, LiveDeskMessage message)
        {
            var sent = request.Attachments;
            if (sent.Count == 0) return;
            var stored = message.Attachments;
            string? problem = null;
            if (stored.Count != sent.Count)
            {
                problem = $"it lists {stored.Count} of the {sent.Count} attachments sent";
            }
            else if (stored.All(a => a.Size != null))
            {
                var expected = sent.Select(f => f.Length).OrderBy(n => n).ToList();
                var actual = stored.Select(a => a.Size!.Value).OrderBy(n => n).ToList();
                if (!expected.SequenceEqual(actual)) problem = $"the stored sizes ({Sizes(actual)} bytes) differ from those sent ({Sizes(expected)} bytes)";
            }
            if (problem == null) return;
            var id = message.Id.ToString(CultureInfo.InvariantCulture);
            var conversation = request.ConversationId.ToString(CultureInfo.InvariantCulture);
            var names = string.Join(", ", sent.Select(f => f.FileName));
            throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                $"LiveDesk answered that message {id} was added to conversation {conversation}, but {problem} ({names}). The message exists without its files: look at conversation {conversation} in LiveDesk before sending it again.");
        }

        private static string Sizes(IEnumerable<long> sizes) => string.Join(", ", sizes.Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }
}
