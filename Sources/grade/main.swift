import Grader
