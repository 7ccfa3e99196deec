/**
 * Which message a follow-up calls for: the first one; a gentle reminder once reminders have gone
 * out without a reply; and a last, graceful one at the final attempt, after which the product
 * suggests letting go.
 */
export type DraftStage = 'first' | 'reminder' | 'last' | 'birthday';

/**
 * (A birthday greeting is asked for by the caller, from a birthday item; it is never a stage of
 * a follow-up.) `first` with no reminder sent; `last` once `attempts ≥ maxAttempts − 1` (and at least one
 * reminder went out, so a first message is never a goodbye); `reminder` in between.
 */
export function draftStage(attempts: number, maxAttempts: number): Exclude<DraftStage, 'birthday'> {
  if (attempts < 1) return 'first';
  return attempts >= maxAttempts - 1 ? 'last' : 'reminder';
}

/**
 * The built-in templates, in the format of a user's template: a first line `Subject: …`, a blank
 * line, then the body. Written for any channel (e-mail, text, LinkedIn), short, and polite. They
 * leave out `{{about}}`: the note's purpose is a note to self, not words for the person.
 */
export const BUILT_IN_TEMPLATES: Readonly<Record<DraftStage, string>> = {
  first: `Subject: Following up{{#meeting}}: {{meeting}}{{/meeting}}

Hi {{first_name}},

{{#meeting_date}}Thank you again for your time on {{meeting_date}}.{{/meeting_date}}{{^meeting_date}}I hope you are well.{{/meeting_date}} I wanted to follow up on our conversation.

{{#points}}
As agreed:
{{points}}

{{/points}}
Let me know if you have any questions, or if anything has changed on your side.

Best regards,
`,
  reminder: `Subject: Re: Following up{{#meeting}}: {{meeting}}{{/meeting}}

Hi {{first_name}},

I know things get busy, so I am just checking in on my last message.

{{#points}}
Here is what we agreed:
{{points}}

{{/points}}
No rush: a short reply whenever it suits you is perfect.

Best regards,
`,
  last: `Subject: Closing the loop{{#meeting}}: {{meeting}}{{/meeting}}

Hi {{first_name}},

I have reached out a few times and have not heard back, so I will assume the timing is not right and will stop following up for now.

If anything changes, I would be glad to pick it up again: just reply to this message whenever it suits you.

Thank you, and all the best,
`,
  birthday: `Subject: Happy birthday{{#first_name}}, {{first_name}}{{/first_name}}!

Hi {{first_name}},

Happy birthday! I hope you have a wonderful day and a great year ahead.

All the best,
`,
};
