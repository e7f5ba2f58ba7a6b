# bash completion for leadwise(1): its commands, options, formats,
# languages, and the files each takes (*.answers, *.bank, directories).
# Installed where bash-completion looks for it (pkg-config's
# completionsdir); loaded on the first "leadwise <Tab>".

_leadwise_files ()   # PATTERN: files matching it, and directories
{
    local IFS=$'\n'
    COMPREPLY+=( $(compgen -d -- "$cur") )
    if [ -n "$1" ]; then
        COMPREPLY+=( $(compgen -f -X "!$1" -- "$cur") )
    else
        COMPREPLY+=( $(compgen -f -- "$cur") )
    fi
    compopt -o filenames 2>/dev/null
}

_leadwise ()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local command="" action="" i word
    COMPREPLY=()

    # The command, and room's action: the first words that are neither
    # options nor an option's argument.
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word=${COMP_WORDS[i]}
        case $word in
            --format|-f|--lang|--bank|--check-bank|--bank-pot|-a|--answers|\
            -o|--save|--output|--workshop|--sign-in|--idle-timeout|--label|\
            --team)
                (( i++ )); continue ;;
            -*) continue ;;
        esac
        if [ -z "$command" ]; then
            command=$word
        elif [ "$command" = room ] && [ -z "$action" ]; then
            action=$word
        fi
    done

    case $prev in
        --format|-f)
            case $command in
                summary) COMPREPLY=( $(compgen -W "text markdown html json csv" -- "$cur") ) ;;
                room) COMPREPLY=( $(compgen -W "text json" -- "$cur") ) ;;
                *) COMPREPLY=( $(compgen -W "text markdown html json" -- "$cur") ) ;;
            esac
            return ;;
        --lang) COMPREPLY=( $(compgen -W "en de es" -- "$cur") ); return ;;
        --sign-in) COMPREPLY=( $(compgen -W "pin key" -- "$cur") ); return ;;
        --bank|--check-bank|--bank-pot) _leadwise_files '*.bank'; return ;;
        -a|--answers) _leadwise_files '*.answers'; return ;;
        -o|--save|--output) _leadwise_files ''; return ;;
        --workshop)
            local IFS=$'\n'
            COMPREPLY=( $(compgen -d -- "$cur") )
            compopt -o filenames 2>/dev/null
            return ;;
        --idle-timeout|--label|--team) return ;;
    esac

    if [[ $cur == -* ]]; then
        local opts
        case $command in
            report) opts="--format --output --lang --paged --bank --help" ;;
            summary) opts="--format --output --lang --bank --team --by-team
                           --distributions --watch --help" ;;
            compare) opts="--format --output --lang --bank --label --team --help" ;;
            room) opts="--format --output --empty --bank --help" ;;
            *) opts="--answers --save --plain --lang --bank --no-color
                     --ascii-lines --idle-timeout --workshop --sign-in --teams
                     --check-bank --bank-pot --help --version" ;;
        esac
        COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
        return
    fi

    case $command in
        "") COMPREPLY=( $(compgen -W "report summary compare room" -- "$cur") ) ;;
        report|compare) _leadwise_files '*.answers' ;;
        summary)
            local IFS=$'\n'
            COMPREPLY=( $(compgen -d -- "$cur") )
            compopt -o filenames 2>/dev/null ;;
        room)
            if [ -z "$action" ]; then
                COMPREPLY=( $(compgen -W "open close status archive" -- "$cur") )
            else
                local IFS=$'\n'
                COMPREPLY=( $(compgen -d -- "$cur") )
                compopt -o filenames 2>/dev/null
            fi ;;
    esac
}
complete -F _leadwise leadwise
