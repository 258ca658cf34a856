# Sourced by the scripts: where setup.sh put the locally built dependencies.
export COPYDESK_DEPS_PREFIX="${COPYDESK_DEPS_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-deps}"
