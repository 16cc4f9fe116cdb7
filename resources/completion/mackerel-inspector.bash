# bash completion for mackerel-inspector(1): commands, options, and the values of --demo, --cloud,
# --cloud-platform and --seed. A new option goes into its command's list in _mackerel_inspector;
# tests/tst_completion fails until every option that `mackerel-inspector <command> --help` lists is here.

# Offers the words of $1 that start with $2, one a line (compgen splits $1 at blanks).
_mackerel_inspector_values()
{
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$2")
}

_mackerel_inspector()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="gui detect inspect match register fleet guard simulate help"
    local common="--help --help-all --lang --cloud-platform --ec2-endpoint --gce-endpoint --azure-endpoint --root --conf --demo --timeout --retry-wait"
    local mackerel="--apikey-file --apibase --id-file --seed"
    local clouds="ec2 ec2-imdsv1 gce azure ec2-blocked oci alibaba digitalocean hetzner openstack vultr linode scaleway"
    local platforms="auto none ec2 gce azurevm"
    local seeds="none agentless registered mismatch retired missing lookalike org"
    COMPREPLY=()

    local command=
    [[ $COMP_CWORD -gt 1 && ${COMP_WORDS[1]} != -* ]] && command=${COMP_WORDS[1]}

    case $prev in
        --demo)
            # fleet's --demo is the simulated organization; its value may be left out
            if [[ $command == fleet ]]; then
                [[ $cur != -* ]] && { _mackerel_inspector_values "org" "$cur"; return; }
            else
                _mackerel_inspector_values "$clouds" "$cur"; return
            fi ;;
        --cloud) _mackerel_inspector_values "$clouds" "$cur"; return ;;
        --cloud-platform) _mackerel_inspector_values "$platforms" "$cur"; return ;;
        --seed) _mackerel_inspector_values "$seeds" "$cur"; return ;;
        --on-duplicate) _mackerel_inspector_values "block warn" "$cur"; return ;;
        --checks) _mackerel_inspector_values "conf host none" "$cur"; return ;;
        --agent-root | --systemd-dir) compopt -o filenames; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
        --budget) return ;; # a value of the user's own
        --lang) _mackerel_inspector_values "ja ko en" "$cur"; return ;;
        --root) compopt -o filenames; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
        --conf | --apikey-file | --id-file | --screenshot | --reports | --hosts | --plan | --inventory | --playbook \
            | --ansible-playbook)
            compopt -o filenames; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --ec2-endpoint | --gce-endpoint | --azure-endpoint | --apibase | --timeout | --retry-wait | --port | --tab \
            | --service | --role | --verify-wait)
            return ;; # a value of the user's own
    esac

    if [[ $COMP_CWORD -eq 1 && $cur != -* ]]; then
        _mackerel_inspector_values "$commands" "$cur"
        return
    fi
    local options
    case $command in
        "") options="--version $common $mackerel --reports --screenshot --tab" ;;
        gui) options="$common $mackerel --reports --screenshot --tab" ;;
        detect) options="--json $common" ;;
        inspect) options="--json --id-file $common" ;;
        match) options="--json $common $mackerel" ;;
        register) options="--dry-run --yes --write-id-file --checks --replace-roles --yes-replace-roles --json $common $mackerel" ;;
        fleet)
            if [[ ${COMP_WORDS[2]} == apply ]]; then
                # fleet apply PLAN --inventory INVENTORY [--yes]
                if [[ $COMP_CWORD -eq 3 && $cur != -* ]]; then
                    compopt -o filenames; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return
                fi
                options="--help --help-all --lang --inventory --yes --playbook --ansible-playbook --verify-wait --root --conf --apikey-file --apibase"
            elif [[ $COMP_CWORD -eq 2 && $cur != -* ]]; then
                _mackerel_inspector_values "apply" "$cur"; return
            else
                options="--help --help-all --lang --reports --service --role --json --csv --plan --root --conf --apikey-file --apibase --demo"
            fi ;;
        help) options="--lang" ;;
        guard) options="--json $common --apikey-file --apibase --seed --agent-root --on-duplicate --fix-copied-id --fix-missing-id --strict --budget --install --uninstall --systemd-dir" ;;
        simulate) options="--help --help-all --lang --cloud --port --mackerel --seed --hosts" ;;
        *) return ;;
    esac
    [[ $cur == -* ]] && _mackerel_inspector_values "$options" "$cur"
}

complete -F _mackerel_inspector mackerel-inspector
