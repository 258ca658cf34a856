# Expected values for tests/experiments/statistics_test.cpp, computed with Debian's python3-scipy 1.10.1
# (an implementation independent of Boost.Math): /usr/bin/python3 tests/experiments/expected_values.py
from scipy import stats
import numpy as np, math
for x,n in [(81,263),(15,148),(0,20),(1,29),(29,29)]:
    ci=stats.binomtest(x,n).proportion_ci(0.95,method='wilson'); print('wilson',x,n,repr(ci.low),repr(ci.high))
def z2(x1,n1,x2,n2):
    t=np.array([[x1,n1-x1],[x2,n2-x2]]); chi2,p,dof,exp=stats.chi2_contingency(t,correction=False); return chi2,p
for case in [(200,1000,250,1000),(30,1000,45,1000),(120,2400,150,2400),(12,400,9,410)]:
    chi2,p=z2(*case); print('z',case,repr(math.sqrt(chi2)),repr(p))
for case in [[(120,2000),(150,2000),(190,2000)],[(50,1000),(52,1000),(80,1000)],[(30,500),(34,500),(31,500),(29,500)]]:
    t=np.array([[x,n-x] for x,n in case]); chi2,p,dof,exp=stats.chi2_contingency(t,correction=False)
    print('chi',case,repr(chi2),dof,repr(p),exp.min())
    # best vs others z tests
    rates=[x/n for x,n in case]; b=int(np.argmax(rates))
    ps=[z2(*case[b],*case[i])[1] for i in range(len(case)) if i!=b]
    print('  pairwise best',b,[repr(p) for p in ps])
print(repr(stats.norm.ppf(0.975)), repr(stats.norm.ppf(0.8)))
def n_needed(p1,p2,a=0.05,power=0.8):
    za=stats.norm.ppf(1-a/2); zb=stats.norm.ppf(power); pb=(p1+p2)/2
    return (za*math.sqrt(2*pb*(1-pb))+zb*math.sqrt(p1*(1-p1)+p2*(1-p2)))**2/(p1-p2)**2
for p1,p2 in [(0.10,0.20),(0.05,0.06),(0.03,0.045)]:
    print('n',p1,p2,repr(n_needed(p1,p2)), math.ceil(n_needed(p1,p2)))
