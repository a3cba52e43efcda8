# tests/host.mk: the host's tests -- unit tests for the lexer and option
# parsing, transcript tests of the shell, fixture plugins.

check_PROGRAMS += tests/unit/test-lex tests/unit/test-args
tests_unit_test_lex_LDADD = shell/libcore.la
tests_unit_test_args_LDADD = shell/libcore.la $(LIBM)
TESTS += tests/unit/test-lex tests/unit/test-args
