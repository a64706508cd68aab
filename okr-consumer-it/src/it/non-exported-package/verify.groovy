// The build must have failed for the reason this project exists, not for any other.
def log = new File(basedir, 'build.log').text
assert log.contains('package org.okrkit.core.internal is not visible') :
    'expected javac to reject org.okrkit.core.internal as not visible; see build.log'
assert log.contains('does not export it to module org.example.sneaky') :
    'expected javac to name okr-core as not exporting the package; see build.log'
return true
