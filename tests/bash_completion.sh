#!/usr/bin/env bash
# The bash completion offers what the program's own help lists: every subcommand of `alexnet-lab
# --help`, every option of each `alexnet-lab SUBCOMMAND --help`, the model names, the weights-library
# ids (bundled ones found by the program beside itself) and files.
# Run by CTest: bash tests/bash_completion.sh APP COMPLETION_FILE
set -uo pipefail
app=$1
completion=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$completion" || { echo "cannot source $completion" >&2; exit 1; }
[[ $(complete -p alexnet-lab 2>/dev/null) == *"-F _alexnet_lab"* ]] || fail "no 'complete -F _alexnet_lab alexnet-lab'"

# Completes the command line "$@" (the last word is the one being completed; "" = a new word).
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _alexnet_lab 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}"
}
# expect_offers "what" WORD LINE…: the completion of LINE includes WORD.
expect_offers() {
  local word=$1; shift
  complete_line "$@" | grep -xF -- "$word" >/dev/null || fail "'$*' does not offer '$word' (got: $(complete_line "$@" | tr '\n' ' '))"
}
expect_not_offers() {
  local word=$1; shift
  if complete_line "$@" | grep -xF -- "$word" >/dev/null; then fail "'$*' offers '$word'"; fi
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ALEXNET_RUNS_DIR=$scratch/runs  # no user runs: only the bundled weights
unset ALEXNET_WEIGHTS_DIR

# Subcommands, from the top-level help.
# ("alexnet-lab explain  occlusion (--model …": a mode word may stand between the subcommand and its options.)
subcommands=$("$app" --help | sed -n 's/^\(usage:\)\{0,1\} *alexnet-lab \{1,\}\([a-z][a-z]*\) \{1,\}\([a-z][a-z]* \{1,\}\)\{0,1\}[-[(].*/\2/p' | sort -u)
[[ $(wc -w <<<"$subcommands") -ge 6 ]] || fail "the top-level help lists fewer than 6 subcommands: $subcommands"
for command in $subcommands; do
  expect_offers "$command" "$app" ""
  # Every option the subcommand's help prints.
  options=$("$app" "$command" --help | sed -n 's/^  \(--[a-z][a-z0-9-]*\).*/\1/p' | sort -u)
  [[ -n $options ]] || fail "'$command --help' lists no options"
  for option in $options; do expect_offers "$option" "$app" "$command" "--"; done
  expect_offers "--help" "$app" "$command" "--"
done
expect_offers train "$app" tr
# The mode words a subcommand's usage lines name ("alexnet-lab explain occlusion (…").
expect_offers occlusion "$app" explain ""
expect_offers maximize "$app" explain ma
expect_not_offers occlusion "$app" explain occlusion ""
expect_not_offers shapes "$app" tr

# Every option the top-level help prints is offered at the top level or by some subcommand.
offered=$(complete_line "$app" "--"; for command in $subcommands; do complete_line "$app" "$command" "--"; done)
for option in $("$app" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
  grep -xF -- "$option" >/dev/null <<<"$offered" || fail "'$option' (top-level help) is offered nowhere"
done
expect_offers --version "$app" "--"
expect_offers --lang "$app" "--"

# Values: the choices a help line lists, weights ids and files, folders.
for model in lenet alexnet alexnet2012; do expect_offers "$model" "$app" shapes --model ""; done
expect_offers alexnet2012 "$app" shapes --model alexnet2
expect_offers cosine "$app" train --epochs 3 --lr-schedule ""
expect_offers zh_CN "$app" --lang ""
expect_offers saliency "$app" --tab ""
expect_offers lenet-d2l "$app" evaluate --weights ""
expect_offers alexnet-224 "$app" inspect --model alexnet --weights alex
expect_offers lenet-d2l "$app" train --resume ""
expect_offers lenet-d2l "$app" --weights ""
mkdir -p "$scratch/pictures"
touch "$scratch/pictures/shoe photo.png" "$scratch/model.safetensors"
expect_offers "$scratch/pictures/shoe photo.png" "$app" inspect --model lenet --image "$scratch/pictures/sh"
expect_offers "$scratch/model.safetensors" "$app" evaluate --weights "$scratch/mo"
expect_offers "$scratch/pictures" "$app" train --model lenet --data "$scratch/pic"
expect_not_offers "$scratch/model.safetensors" "$app" train --model lenet --data "$scratch/mo"
# A number is not completed with options or files.
[[ -z $(complete_line "$app" train --epochs "") ]] || fail "'train --epochs' offers something"
# After a complete option and its value, options again.
expect_offers --json "$app" shapes --model lenet "--j"

if ((failures)); then
  echo "$failures completion check(s) failed" >&2
  exit 1
fi
echo "bash completion: every subcommand and option of the help offered"
