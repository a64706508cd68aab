// A consumer whose tests silently did not run would prove nothing: all of them must have run.
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.okrconsumer.ClassPathConsumerTest.xml')
assert report.isFile() : "no test report: ClassPathConsumerTest did not run"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 4 : "expected the 4 tests of ClassPathConsumerTest, ran ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
return true
