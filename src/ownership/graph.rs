//! The arithmetic of ownership, on party indices: fixed points for "blocked" (OFAC) and
//! "owned or controlled" (EU/UK), look-through products along chains, and cycle detection.
//! Nothing here knows names, lists or wording; `verdict.rs` turns the results into steps.
//!
//! Every function works in time linear in the number of links (worklists, not repeated
//! sweeps), except [`Graph::look_through`], whose chain enumeration is capped by
//! [`MAX_CHAIN_VISITS`].

/// Shares are compared with this tolerance, so 33.33 + 16.67 is 50.
pub(crate) const EPS: f64 = 1e-6;

/// Most partial chains the look-through walk visits; past it the figure is a lower bound and
/// the report says so. Real structures have a few dozen chains; random ones can have billions.
pub(crate) const MAX_CHAIN_VISITS: usize = 20_000;

/// One ownership or control link, with its share as two bounds: `lo` is what the input
/// establishes (0 for an unknown or unusable share), `hi` the most it could be.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Edge {
    pub owner: usize,
    pub owned: usize,
    pub lo: f64,
    pub hi: f64,
    pub control: bool,
    /// Index of the input link.
    pub link: usize,
}

/// A chain from a listed party down to the target, with the product of its shares.
#[derive(Debug, Clone)]
pub(crate) struct Chain {
    /// Edge indices from the listed party down to the target.
    pub edges: Vec<usize>,
    /// Product of the shares, in percent.
    pub product: f64,
}

/// Parties `0..n` and the links between them.
#[derive(Debug, Clone)]
pub(crate) struct Graph {
    pub n: usize,
    pub edges: Vec<Edge>,
    into: Vec<Vec<usize>>,
    out: Vec<Vec<usize>>,
}

/// Which bound of each share a computation uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    Lo,
    Hi,
}

impl Graph {
    pub fn new(n: usize, edges: Vec<Edge>) -> Graph {
        let mut into = vec![Vec::new(); n];
        let mut out = vec![Vec::new(); n];
        for (i, e) in edges.iter().enumerate() {
            into[e.owned].push(i);
            out[e.owner].push(i);
        }
        Graph { n, edges, into, out }
    }

    pub fn owners_of(&self, node: usize) -> &[usize] {
        &self.into[node]
    }

    fn share(&self, e: usize, bound: Bound) -> f64 {
        match bound {
            Bound::Lo => self.edges[e].lo,
            Bound::Hi => self.edges[e].hi,
        }
    }

    /// Sum of the shares of `node` held by members of `set`.
    pub fn held(&self, node: usize, set: &[bool], bound: Bound) -> f64 {
        self.into[node]
            .iter()
            .filter(|&&e| set[self.edges[e].owner])
            .map(|&e| self.share(e, bound))
            .sum()
    }

    /// Parties with a chain of links down to `node`, and `node` itself.
    pub fn ancestors(&self, node: usize) -> Vec<bool> {
        let mut seen = vec![false; self.n];
        let mut stack = vec![node];
        seen[node] = true;
        while let Some(x) = stack.pop() {
            for &e in &self.into[x] {
                let o = self.edges[e].owner;
                if !seen[o] {
                    seen[o] = true;
                    stack.push(o);
                }
            }
        }
        seen
    }

    /// Links to climb from each party down to `node` by the shortest way (`None`: no way).
    pub fn distance_to(&self, node: usize) -> Vec<Option<usize>> {
        let mut dist = vec![None; self.n];
        dist[node] = Some(0);
        let mut queue = std::collections::VecDeque::from([node]);
        while let Some(x) = queue.pop_front() {
            let d = dist[x].unwrap_or(0);
            for &e in &self.into[x] {
                let o = self.edges[e].owner;
                if dist[o].is_none() {
                    dist[o] = Some(d + 1);
                    queue.push_back(o);
                }
            }
        }
        dist
    }

    /// Parties reachable downwards from `seeds` (the seeds included).
    fn descendants(&self, seeds: &[bool]) -> Vec<bool> {
        let mut seen = seeds.to_vec();
        let mut stack: Vec<usize> = (0..self.n).filter(|&i| seeds[i]).collect();
        while let Some(x) = stack.pop() {
            for &e in &self.out[x] {
                let o = self.edges[e].owned;
                if !seen[o] {
                    seen[o] = true;
                    stack.push(o);
                }
            }
        }
        seen
    }

    /// OFAC, established: the smallest set holding the listed parties and every party owned
    /// 50% or more (lower bounds) by members of the set. Least fixed point: a member of a
    /// circle is blocked only if something outside the circle makes it so.
    pub fn blocked_least(&self, listed: &[bool]) -> Vec<bool> {
        self.least(listed, |sum, _| sum >= 50.0 - EPS, false)
    }

    /// OFAC, at worst: the largest set, inside what the possibly listed parties reach, where
    /// every member is possibly listed or owned 50% or more (upper bounds) by members. Greatest
    /// fixed point: members of a circle may hold each other up, which is the conservative
    /// reading of cross-holdings whose real split cannot be settled.
    pub fn blocked_greatest(&self, listed: &[bool]) -> Vec<bool> {
        self.greatest(listed, |sum, _| sum >= 50.0 - EPS, false)
    }

    /// EU/UK, established: the parties owned more than 50% or controlled by `seeds` directly or
    /// through parties they own or control, with the seeds.
    pub fn controlled_least(&self, seeds: &[bool]) -> Vec<bool> {
        self.least(seeds, |sum, control| sum > 50.0 + EPS || control, true)
    }

    /// EU/UK, at worst (see [`Graph::blocked_greatest`] for the reading of circles).
    pub fn controlled_greatest(&self, seeds: &[bool]) -> Vec<bool> {
        self.greatest(seeds, |sum, control| sum > 50.0 + EPS || control, true)
    }

    fn least(
        &self,
        seeds: &[bool],
        caught: impl Fn(f64, bool) -> bool,
        use_control: bool,
    ) -> Vec<bool> {
        let mut set = seeds.to_vec();
        let mut sum = vec![0.0; self.n];
        let mut control = vec![false; self.n];
        let mut queue: Vec<usize> = (0..self.n).filter(|&i| set[i]).collect();
        while let Some(x) = queue.pop() {
            for &e in &self.out[x] {
                let edge = self.edges[e];
                sum[edge.owned] += edge.lo;
                control[edge.owned] |= use_control && edge.control;
                if !set[edge.owned] && caught(sum[edge.owned], control[edge.owned]) {
                    set[edge.owned] = true;
                    queue.push(edge.owned);
                }
            }
        }
        set
    }

    fn greatest(
        &self,
        seeds: &[bool],
        caught: impl Fn(f64, bool) -> bool,
        use_control: bool,
    ) -> Vec<bool> {
        let mut set = self.descendants(seeds);
        let mut sum = vec![0.0; self.n];
        let mut controls = vec![0usize; self.n];
        for edge in &self.edges {
            if set[edge.owner] {
                sum[edge.owned] += edge.hi;
                controls[edge.owned] += usize::from(use_control && edge.control);
            }
        }
        let fails = |x: usize, sum: &[f64], controls: &[usize]| {
            !seeds[x] && !caught(sum[x], controls[x] > 0)
        };
        let mut queue: Vec<usize> =
            (0..self.n).filter(|&x| set[x] && fails(x, &sum, &controls)).collect();
        for &x in &queue {
            set[x] = false;
        }
        while let Some(x) = queue.pop() {
            for &e in &self.out[x] {
                let edge = self.edges[e];
                sum[edge.owned] -= edge.hi;
                controls[edge.owned] -= usize::from(use_control && edge.control);
                if set[edge.owned] && fails(edge.owned, &sum, &controls) {
                    set[edge.owned] = false;
                    queue.push(edge.owned);
                }
            }
        }
        set
    }

    /// Chains from the `listed` parties down to `target` (each stopping at the first listed
    /// party met going up, so no share is counted twice), with the sum of their products:
    /// the listed parties' look-through (economic) interest in `target`. The bool is false
    /// when the walk hit [`MAX_CHAIN_VISITS`] and the sum is a lower bound.
    pub fn look_through(&self, listed: &[bool], target: usize) -> (f64, Vec<Chain>, bool) {
        let mut chains = Vec::new();
        let mut on_path = vec![false; self.n];
        let mut path = Vec::new();
        let mut visits = 0;
        on_path[target] = true;
        self.climb(target, 100.0, listed, &mut on_path, &mut path, &mut chains, &mut visits);
        let total = chains.iter().map(|c| c.product).sum();
        (total, chains, visits <= MAX_CHAIN_VISITS)
    }

    #[allow(clippy::too_many_arguments)] // the walk's state, kept out of a one-use struct
    fn climb(
        &self,
        node: usize,
        product: f64,
        listed: &[bool],
        on_path: &mut [bool],
        path: &mut Vec<usize>,
        chains: &mut Vec<Chain>,
        visits: &mut usize,
    ) {
        for &e in &self.into[node] {
            *visits += 1;
            if *visits > MAX_CHAIN_VISITS {
                return;
            }
            let edge = self.edges[e];
            let p = product * edge.lo / 100.0;
            if on_path[edge.owner] || p <= 0.0 {
                continue;
            }
            path.push(e);
            if listed[edge.owner] {
                chains.push(Chain { edges: path.iter().rev().copied().collect(), product: p });
            } else {
                on_path[edge.owner] = true;
                self.climb(edge.owner, p, listed, on_path, path, chains, visits);
                on_path[edge.owner] = false;
            }
            path.pop();
        }
    }

    /// Circles of ownership: strongly connected groups of two or more parties, or a party
    /// owning itself. Tarjan's algorithm, iterative so a long chain cannot overflow the stack.
    pub fn cycles(&self) -> Vec<Vec<usize>> {
        const NONE: usize = usize::MAX;
        let mut index = vec![NONE; self.n];
        let mut low = vec![0; self.n];
        let mut on_stack = vec![false; self.n];
        let mut stack = Vec::new();
        let mut next = 0;
        let mut found = Vec::new();
        for root in 0..self.n {
            if index[root] != NONE {
                continue;
            }
            // (node, position in its out-list)
            let mut work = vec![(root, 0usize)];
            while let Some(&(v, pos)) = work.last() {
                if pos == 0 && index[v] == NONE {
                    index[v] = next;
                    low[v] = next;
                    next += 1;
                    stack.push(v);
                    on_stack[v] = true;
                }
                if let Some(&e) = self.out[v].get(pos) {
                    if let Some(top) = work.last_mut() {
                        top.1 += 1;
                    }
                    let w = self.edges[e].owned;
                    if index[w] == NONE {
                        work.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut group = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        group.push(w);
                        if w == v {
                            break;
                        }
                    }
                    let self_loop = self.out[v].iter().any(|&e| self.edges[e].owned == v);
                    if group.len() > 1 || self_loop {
                        group.sort_unstable();
                        found.push(group);
                    }
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(owner: usize, owned: usize, share: f64) -> Edge {
        Edge { owner, owned, lo: share, hi: share, control: false, link: 0 }
    }

    #[test]
    fn blocked_status_passes_only_through_blocked_companies() {
        // 0 listed; 0 owns 60% of 1; 1 owns 60% of 2: 1 is blocked, so 2 is too.
        let g = Graph::new(3, vec![edge(0, 1, 60.0), edge(1, 2, 60.0)]);
        let blocked = g.blocked_least(&[true, false, false]);
        assert_eq!(blocked, [true, true, true]);
        let (total, chains, complete) = g.look_through(&[true, false, false], 2);
        assert!((total - 36.0).abs() < EPS && chains.len() == 1 && complete);
        // 0 owns 45% of 1: 1 is not blocked and passes nothing on.
        let g = Graph::new(3, vec![edge(0, 1, 45.0), edge(1, 2, 80.0)]);
        assert_eq!(g.blocked_least(&[true, false, false]), [true, false, false]);
    }

    #[test]
    fn circles_are_found_and_read_both_ways() {
        // 0 listed owns 40% of 1; 1 and 2 own 50% of each other; 1 owns 60% of 3.
        let g = Graph::new(
            4,
            vec![edge(0, 1, 40.0), edge(1, 2, 50.0), edge(2, 1, 50.0), edge(1, 3, 60.0)],
        );
        assert_eq!(g.cycles(), vec![vec![1, 2]]);
        let listed = [true, false, false, false];
        assert_eq!(g.blocked_least(&listed), [true, false, false, false]);
        assert_eq!(g.blocked_greatest(&listed), [true, true, true, true]);
        // No listed party anywhere: the circle holds nothing up.
        assert_eq!(g.blocked_greatest(&[false; 4]), [false; 4]);
    }

    #[test]
    fn control_counts_for_eu_and_not_for_ofac() {
        let mut e = edge(0, 1, 0.0);
        e.control = true;
        let g = Graph::new(2, vec![e]);
        assert_eq!(g.controlled_least(&[true, false]), [true, true]);
        assert_eq!(g.blocked_least(&[true, false]), [true, false]);
    }
}
