# help_lines(TEXT OUT): TEXT as a CMake list of its lines, for scripts that read the program's
# --help or the man page (generate_bash_completion.cmake, tests/man_page.cmake). Brackets and
# semicolons would bend CMake's list splitting, so they become < > and ",".
function(help_lines text out)
  string(REPLACE ";" "," text "${text}")
  string(REPLACE "[" "<" text "${text}")
  string(REPLACE "]" ">" text "${text}")
  string(REPLACE "\n" ";" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()
