# Writes the bash completion of alexnet-lab from the program's own help, so it cannot drift from it:
# the subcommands come from `alexnet-lab --help`, each subcommand's options (and the kind of value
# each takes) from `alexnet-lab SUBCOMMAND --help`.
# cmake -DAPP=<alexnet-lab> -DTEMPLATE=<alexnet-lab.bash.in> -DOUTPUT=<file> -P generate_bash_completion.cmake
#
# An option line of a subcommand's help reads "  --name METAVAR   meaning" or "  --flag   meaning".
# The value's completion follows from the metavar: DIR a folder; CKPT|ID a weights id or a file;
# FILE/CKPT/CSV/OUT/IMG a file; a meaning that starts "a | b | c" offers those words; anything else
# (numbers) nothing.

include(${CMAKE_CURRENT_LIST_DIR}/help_lines.cmake)

function(run_help out)
  execute_process(COMMAND "${APP}" ${ARGN}
                  OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${APP} ${ARGN} exited with ${status}")
  endif()
  help_lines("${text}" lines)  # one list element a line
  set(${out} "${lines}" PARENT_SCOPE)
endfunction()

function(value_kind option metavar meaning out)
  if(meaning MATCHES "^([a-z0-9_-]+( \\| [a-z0-9_-]+)+)")
    string(REPLACE " | " " " words "${CMAKE_MATCH_1}")
    set(kind "words:${words}")
  elseif(metavar STREQUAL "DIR")
    set(kind dir)
  elseif(metavar STREQUAL "CKPT|ID")
    set(kind weights)
  elseif(metavar MATCHES "^(FILE|CKPT|CSV|OUT|IMG|F|PY)$")
    set(kind file)
  else()
    set(kind value)
  endif()
  set(${out} "${kind}" PARENT_SCOPE)
endfunction()

run_help(top_lines --help)
set(subcommands "")
set(top_options --help --version)
foreach(line IN LISTS top_lines)
  if(line MATCHES "^(usage:)? +alexnet-lab +([a-z]+) +([a-z]+ +)?[-<(]")  # "alexnet-lab train  --model M …"
    list(APPEND subcommands "${CMAKE_MATCH_2}")
  elseif(line MATCHES "^(usage:)? +alexnet-lab +--")
    # A GUI line: every option on it belongs to the top level.
    string(REGEX MATCHALL "--[a-z][a-z0-9-]*" found "${line}")
    list(APPEND top_options ${found})
  endif()
  if(line MATCHES "T: ([a-z|-]+)")
    string(REPLACE "|" " " tabs "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(REMOVE_DUPLICATES subcommands)
list(REMOVE_DUPLICATES top_options)
list(LENGTH subcommands count)
if(count LESS 2 OR NOT tabs)
  message(FATAL_ERROR "could not read the subcommands or the --tab choices from `${APP} --help`")
endif()

set(cases "")
foreach(command IN LISTS subcommands)
  run_help(lines ${command} --help)
  set(options "")
  set(values "")
  set(modes "")
  foreach(line IN LISTS lines)
    # "alexnet-lab explain occlusion (--model …": a mode word, offered right after the subcommand.
    if(line MATCHES "^(usage:)? +alexnet-lab +${command} +([a-z]+) +[-<(\\[]")
      list(APPEND modes "${CMAKE_MATCH_2}")
    endif()
    if(line MATCHES "^  (--[a-z][a-z0-9-]*)( ([A-Z][A-Z|]*))? +(.*)$")
      set(option "${CMAKE_MATCH_1}")
      set(metavar "${CMAKE_MATCH_3}")
      set(meaning "${CMAKE_MATCH_4}")
      list(APPEND options "${option}")
      if(NOT metavar STREQUAL "")  # not if(metavar): "N" is one of CMake's false constants
        value_kind("${option}" "${metavar}" "${meaning}" kind)
        string(APPEND values "        ${option}) kind=\"${kind}\" ;;\n")
      endif()
    endif()
  endforeach()
  if(NOT options)
    message(FATAL_ERROR "no options found in `${APP} ${command} --help`")
  endif()
  list(REMOVE_DUPLICATES options)
  list(APPEND options --help)
  list(JOIN options " " options)
  set(mode_line "")
  if(modes)
    list(REMOVE_DUPLICATES modes)
    list(JOIN modes " " modes)
    set(mode_line "      (( COMP_CWORD == 2 )) && [[ $cur != -* ]] && options=\"${modes}\"\n")
  endif()
  string(APPEND cases "    ${command})\n      options=\"${options}\"\n${mode_line}      case $prev in\n${values}      esac ;;\n")
endforeach()

list(JOIN subcommands " " ALEXNET_COMPLETION_SUBCOMMANDS)
list(JOIN top_options " " ALEXNET_COMPLETION_TOP_OPTIONS)
set(ALEXNET_COMPLETION_TABS "${tabs}")
string(REGEX REPLACE "\n$" "" ALEXNET_COMPLETION_CASES "${cases}")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
