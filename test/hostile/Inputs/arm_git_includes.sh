#!/bin/bash
# Arms a repository whose payloads hide in files its .git/config includes (include.path, and
# includeIf on gitdir, onbranch and hasconfig), so that a scan that disarms only the keys it finds in
# .git/config itself would run them; each payload writes a marker into MARKERS. Also points
# core.excludesFile and core.attributesFile, from an included file, at files OUTSIDE the repository:
# if git read them, new.sh would vanish from the scan and every file would get the evil filter.
# Usage: arm_git_includes.sh REPO MARKERS OUTSIDE
set -e
Repo=$1
Markers=$2
Outside=$3
mkdir -p "$Markers" "$Outside"
Payload() { # name -> a script that leaves a marker and passes its input through
  local Script="$Repo/.git/payload-$1"
  printf '#!/bin/sh\ntouch "%s/%s"\ncat\n' "$Markers" "$1" > "$Script"
  chmod +x "$Script"
  echo "$Script"
}
cd "$Repo"
# Plain include (a path relative to .git/config), and one outside the repository.
git config include.path evil-include.cfg
git config --file .git/evil-include.cfg core.fsmonitor "$(Payload fsmonitor)"
git config --file .git/evil-include.cfg filter.inc.clean "$(Payload filter-clean)"
git config --file .git/evil-include.cfg filter.inc.smudge "$(Payload filter-smudge)"
git config --file .git/evil-include.cfg filter.inc.required true
git config --add include.path "$Outside/outside-include.cfg"
git config --file "$Outside/outside-include.cfg" core.excludesFile "$Outside/ignore"
git config --file "$Outside/outside-include.cfg" core.attributesFile "$Outside/attributes"
printf 'new.sh\n*.tf\n' > "$Outside/ignore"
printf '* filter=outside diff=outside -diff\n' > "$Outside/attributes"
git config --file "$Outside/outside-include.cfg" filter.outside.clean "$(Payload outside-filter-clean)"
git config --file "$Outside/outside-include.cfg" filter.outside.required true
git config --file "$Outside/outside-include.cfg" diff.outside.textconv "$(Payload outside-textconv)"
git config --file "$Outside/outside-include.cfg" diff.outside.command "$(Payload outside-diff-command)"
# Conditional includes that match this repository.
git config "includeIf.gitdir:$(pwd)/.git.path" evil-gitdir.cfg
git config --file .git/evil-gitdir.cfg diff.external "$(Payload diff-external)"
git config --file .git/evil-gitdir.cfg core.pager "$(Payload pager)"
git config --file .git/evil-gitdir.cfg pager.diff "$(Payload pager-diff)"
git config --file .git/evil-gitdir.cfg pager.log "$(Payload pager-log)"
git config --file .git/evil-gitdir.cfg pager.blame "$(Payload pager-blame)"
git config "includeIf.onbranch:**.path" evil-onbranch.cfg
git config --file .git/evil-onbranch.cfg gpg.program "$(Payload gpg)"
git config --file .git/evil-onbranch.cfg gpg.ssh.program "$(Payload gpg-ssh)"
git config --file .git/evil-onbranch.cfg gpg.x509.program "$(Payload gpg-x509)"
git config --file .git/evil-onbranch.cfg log.showSignature true
git config --file .git/evil-onbranch.cfg core.hooksPath "$Repo/.git/evil-hooks"
mkdir -p .git/evil-hooks
for Hook in post-index-change pre-commit post-checkout reference-transaction; do
  cp "$(Payload "hook-$Hook")" ".git/evil-hooks/$Hook"
done
git config remote.origin.url https://example.invalid/x.git
git config "includeIf.hasconfig:remote.*.url:https://example.invalid/**.path" evil-hasconfig.cfg
git config --file .git/evil-hasconfig.cfg core.sshCommand "$(Payload ssh)"
git config --file .git/evil-hasconfig.cfg credential.helper "!$(Payload credential)"
git config --file .git/evil-hasconfig.cfg core.askPass "$(Payload askpass)"
git config --file .git/evil-hasconfig.cfg diff.inc.textconv "$(Payload textconv)"
git config --file .git/evil-hasconfig.cfg diff.inc.command "$(Payload diff-command)"
printf '* filter=inc diff=inc\n' >> .gitattributes
