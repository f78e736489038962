; Every `rm` command; the shell-recursive-delete analyser judges its options and paths.
((command
   name: (command_name (word) @_name)) @finding
 (#eq? @_name "rm"))
