#!/bin/bash
# Arms a git repository the way an attacker would: every command git could take from the
# repository's own configuration writes a marker file into MARKERS when it runs.
# Usage: arm_git_payloads.sh REPO MARKERS
set -e
Repo=$1
Markers=$2
mkdir -p "$Markers" "$Repo/.git/evil-hooks"
Payload() { # name -> a script that leaves a marker and passes its input through
  local Script="$Repo/.git/payload-$1"
  printf '#!/bin/sh\ntouch "%s/%s"\ncat\n' "$Markers" "$1" > "$Script"
  chmod +x "$Script"
  echo "$Script"
}
cd "$Repo"
printf '* filter=evil diff=evil\n' >> .gitattributes
git config filter.evil.clean "$(Payload filter-clean)"
git config filter.evil.smudge "$(Payload filter-smudge)"
git config filter.evil.required true
git config filter.other.process "$(Payload filter-process)"
printf '*.tf filter=other\n' >> .git/info/attributes
git config diff.evil.textconv "$(Payload textconv)"
git config diff.evil.command "$(Payload diff-command)"
git config diff.external "$(Payload diff-external)"
git config core.fsmonitor "$(Payload fsmonitor)"
git config core.hooksPath .git/evil-hooks
for Hook in post-index-change pre-commit post-checkout reference-transaction; do
  cp "$(Payload "hook-$Hook")" ".git/evil-hooks/$Hook"
done
git config gpg.program "$(Payload gpg)"
git config gpg.ssh.program "$(Payload gpg-ssh)"
git config log.showSignature true
git config core.pager "$(Payload pager)"
git config core.sshCommand "$(Payload ssh)"
git config credential.helper "!$(Payload credential)"
