#!/usr/bin/env -S zsh -f
# zsh_complete.zsh DIR WORDS: what zsh's completion system, with the completion functions in DIR,
# offers for the command line `WORDS<Tab>`, one match a line. An interactive zsh runs in a
# pseudo-terminal; compadd is wrapped to print what each call adds, and completion ends the shell.
zmodload zsh/zpty || exit 2
zpty completion zsh -f -i
zpty -w completion "fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D; mackerel-inspector() { :; }"
zpty -w completion 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a matches; builtin compadd -A matches "$@"
  (( $#matches )) && print -rl -- "<""match>"${^matches}
  builtin compadd "$@"
}'
zpty -w completion 'finish() { print -r -- "<""done>"; exit }; comppostfuncs=(finish)'
shift
zpty -w -n completion "$*"$'\t'
while zpty -r completion line; do
  line=${${line//$'\r'/}//$'\n'/}
  [[ $line == *'<done>'* ]] && break
  [[ $line == *"<match>"* ]] && print -r -- ${line##*<match>}
done
zpty -d completion
