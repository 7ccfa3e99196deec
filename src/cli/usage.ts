export const USAGE = `Usage: follow-up <command> [options]

Commands:
  due     List overdue follow-ups and those due soon
  review  Write the weekly review (Markdown, HTML or JSON)
  check   Report notes whose follow-up fields cannot be read (exit 1 if any)
  draft   Draft a follow-up message for the note NOTE (a path inside the vault)
  ics     Write the open follow-ups as an iCalendar (.ics) file
  digest  A short morning message: overdue, due today, maybe done, birthdays this week
          (prints nothing when nothing is due, for cron)
  done    NOTE [--outcome replied|declined|no-response|TEXT] [--feedback TEXT]
          Mark the note's follow-up done
  nudge   NOTE  Count a reminder sent; wait for a reply
  snooze  NOTE --to DATE|tomorrow|+3d|monday  Move the follow-up
  drop    NOTE --outcome declined|no-response|TEXT [--feedback TEXT]  Close it without a reply
  set     NOTE --date DATE [--about TEXT] [--with NAME]... [--channel WORD]  Set a follow-up
          The actions change only the lines of the follow-up fields (NOTE: a path in the
          vault or from the current folder, .md optional); a note that cannot be changed
          that way is left as it is (exit 2)

Options:
  --vault DIR        The vault folder (default: the current folder)
  --today YYYY-MM-DD The day to report for (default: today, local time)
  --within DAYS      due: days ahead to include (default: the upcoming window, 7)
  --json             due, draft: print JSON
  --query TEXT       due: the follow-ups matching a query, e.g. "due: overdue; with: Jane Doe"
                     (lines separated by newlines or ";")
  --note NOTE        due --query: the note that "this" in the query means
  --out FILE         review, ics: write to FILE (atomically; through a link to its target;
                     a device or pipe in place; a read-only file is refused); - is standard output
  --format FORMAT    review: md, html or json (default: the extension of --out, else md);
                     digest: text (default), html or eml
  --to ADDR          digest: the recipient (default: you@localhost, your local mailbox)
  --from ADDR        digest: the sender (default: you@localhost)
  --smtp URL         digest: send through smtp://user:pass@host:port (or $FOLLOW_UP_SMTP_URL)
  --state FILE       digest: remember what was sent; the same day, send only what is new
  --dry-run          done, nudge, snooze, drop, set: print the change as a unified diff,
                     write nothing
  --config FILE      Settings file (default: follow-up.config.json in the vault, if present)
  --cache FILE       Keep the per-note cache in FILE (default: one file per vault in
                     $XDG_CACHE_HOME/follow-up-tracker, else ~/.cache/follow-up-tracker)
  --no-cache         Neither read nor write the cache
  --help             Show this help
  --version          Show the version

Exit codes: 0 success; 1 check found problems; 2 usage error or unreadable vault.
`;
