// The build must have failed for the reason this project exists, not for any other.
def log = new File(basedir, 'build.log').text
// javac's words depend on the locale, so only the names it must mention are checked
assert log.contains('COMPILATION ERROR') :
    'expected the compilation to fail; see build.log'
assert log.contains('org.okrkit.core.internal') && log.contains('org.example.sneaky') :
    'expected javac to name the package org.okrkit.core.internal and module org.example.sneaky'
return true
