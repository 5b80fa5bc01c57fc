@testable import Grader
import Testing

@Suite struct SwiftSourceTests {
    @Test func commentsGoStringsStay() {
        let source = """
            let a = "// not a comment" // a comment
            /* outer /* nested */ still comment */ let b = 1
            """
        // Each comment becomes one space.
        #expect(SwiftSource.strippingComments(source) == "let a = \"// not a comment\"  \n  let b = 1")
    }

    @Test func aStubStillCallsUnimplemented() {
        let stub = """
            /// Read this lesson's README.md, then replace each `unimplemented()` with your code.
            public func callAsFunction(_ x: Float) -> Float {
                unimplemented()
            }
            """
        #expect(SwiftSource.callsUnimplemented(stub))
    }

    @Test func onlyTheDocCommentMentionsItOnceSolved() {
        let solved = """
            /// Read this lesson's README.md, then replace each `unimplemented()` with your code.
            public func callAsFunction(_ x: Float) -> Float {
                1 / (1 + exp(-x)) // was: unimplemented()
            }
            let note = "unimplemented"
            """
        #expect(!SwiftSource.callsUnimplemented(solved))
    }
}
